package be.wallonie.clusters.funding.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "N years from a start date": the day before the same date N years later (domain.md §5). */
class AgrementTermTest {

    @Test
    void the_worked_dates() {
        assertThat(AgrementTerm.lastDay(LocalDate.of(2025, 3, 1), 3)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(AgrementTerm.lastDay(LocalDate.of(2025, 4, 1), 3)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(AgrementTerm.lastDay(LocalDate.of(2028, 2, 29), 3)).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(AgrementTerm.lastDay(LocalDate.of(2028, 3, 1), 2)).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    /** Every start day of 2024–2032, 1 to 3 years, against java.time's own year arithmetic. */
    @Test
    void every_start_day_of_2024_to_2032_agrees_with_java_time() {
        for (LocalDate start = LocalDate.of(2024, 1, 1); !start.isAfter(LocalDate.of(2032, 12, 31)); start = start.plusDays(1)) {
            for (int n = 1; n <= 3; n++) {
                LocalDate end = AgrementTerm.lastDay(start, n);
                int targetYear = start.getYear() + n;
                boolean leapDayIntoCommonYear = start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29
                        && !Year.isLeap(targetYear);
                // the anniversary of 29 February in a common year is 1 March: the term ends on 28 February
                LocalDate anniversary = leapDayIntoCommonYear ? LocalDate.of(targetYear, 3, 1) : start.plusYears(n);
                assertThat(end).as(start + " + " + n).isEqualTo(anniversary.minusDays(1));
                // the term has exactly the days up to its anniversary, and the next term starts on it: no gap, no overlap
                assertThat(ChronoUnit.DAYS.between(start, end) + 1).as(start + " + " + n).isEqualTo(ChronoUnit.DAYS.between(start, anniversary));
                LocalDate next = end.plusDays(1);
                assertThat(AgrementTerm.lastDay(next, 1)).isAfter(end);
            }
        }
    }

    /** Registry and funding agree on every date: both check the shared contract file. */
    @Test
    void agrees_with_the_contract_file_shared_with_the_registry() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/contracts/agrement-terms.csv")) {
            assertThat(in).as("contracts/agrement-terms.csv from shared-contracts").isNotNull();
            List<String> rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            assertThat(rows.get(0)).isEqualTo("start,years,last_day");
            assertThat(rows).contains("2025-03-01,3,2028-02-29", "2028-02-29,3,2031-02-28", "2025-04-01,3,2028-03-31");
            assertThat(rows).hasSize(1 + 3 * (int) ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 1), LocalDate.of(2033, 1, 1)));
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",");
                assertThat(AgrementTerm.lastDay(LocalDate.parse(cells[0]), Integer.parseInt(cells[1]))).as(row)
                        .isEqualTo(LocalDate.parse(cells[2]));
            }
        }
    }
}
