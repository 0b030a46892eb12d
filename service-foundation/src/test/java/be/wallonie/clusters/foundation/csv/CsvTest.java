package be.wallonie.clusters.foundation.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void semicolons_crlf_comma_decimals_and_rfc_4180_quoting() {
        Csv csv = Csv.belgian();
        csv.row(List.of("id", "notes", "hours")).row(Arrays.asList("1", "a; \"b\"\nc", csv.number(new BigDecimal("1.50"))))
                .row(Arrays.asList("2", null, csv.number(null)));
        assertThat(csv.text()).isEqualTo("id;notes;hours\r\n1;\"a; \"\"b\"\"\nc\";1,50\r\n2;;\r\n");
    }

    @Test
    void a_comma_separator_keeps_the_point() {
        Csv csv = Csv.of(',', '.');
        csv.row(List.of("a,b", csv.number(new BigDecimal("2E+3"))));
        assertThat(csv.text()).isEqualTo("\"a,b\",2000\r\n");
        assertThatThrownBy(() -> Csv.of(',', ',')).isInstanceOf(IllegalArgumentException.class);
    }
}
