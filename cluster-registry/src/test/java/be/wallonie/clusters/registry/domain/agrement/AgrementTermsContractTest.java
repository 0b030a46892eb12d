package be.wallonie.clusters.registry.domain.agrement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registry agrees with the shared contract file {@code contracts/agrement-terms.csv} (shared-contracts) on every
 * date: the funding service checks the same file, so both services compute the same last day of every period.
 */
class AgrementTermsContractTest {

    static Map<String, LocalDate> contractRows() throws IOException {
        Map<String, LocalDate> rows = new LinkedHashMap<>();
        try (InputStream in = AgrementTermsContractTest.class.getResourceAsStream("/contracts/agrement-terms.csv")) {
            assertThat(in).as("contracts/agrement-terms.csv on the classpath (shared-contracts)").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("start,years,last_day");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = List.of(line.split(","));
                assertThat(cells).as(line).hasSize(3);
                rows.put(cells.get(0) + "," + cells.get(1), LocalDate.parse(cells.get(2)));
            }
        }
        return rows;
    }

    @Test
    void every_row_of_the_contract_file_is_what_the_registry_computes() throws IOException {
        Map<String, LocalDate> rows = contractRows();
        // one row per start day of 2024–2032 (3 288 days) and 1 to 3 years
        assertThat(rows).hasSize(3288 * 3);
        // hand-checked rows
        assertThat(rows.get("2025-03-01,3")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rows.get("2028-02-29,3")).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(rows.get("2025-04-01,3")).isEqualTo(LocalDate.of(2028, 3, 31));
        rows.forEach((key, lastDay) -> {
            String[] k = key.split(",");
            assertThat(AgrementTerm.lastDay(LocalDate.parse(k[0]), Integer.parseInt(k[1]))).as(key).isEqualTo(lastDay);
        });
    }
}
