package be.wallonie.clusters.foundation.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void belgian_csv_quotes_what_holds_the_separator_a_quote_or_a_line_break_and_ends_lines_with_crlf() {
        CsvWriter csv = CsvWriter.belgian();
        csv.row("a", "b;c", "say \"hi\"", null).row("line\nbreak", csv.number(new BigDecimal("1234.50")), csv.number(null));
        assertThat(csv.text()).isEqualTo("a;\"b;c\";\"say \"\"hi\"\"\";\r\n\"line\nbreak\";1234,50;\r\n");
    }

    @Test
    void a_comma_separated_csv_keeps_the_decimal_point_and_quotes_commas() {
        CsvWriter csv = CsvWriter.of(',', '.');
        csv.row("x,y", csv.number(new BigDecimal("0.5")));
        assertThat(csv.text()).isEqualTo("\"x,y\",0.5\r\n");
        assertThatThrownBy(() -> CsvWriter.of(',', ',')).isInstanceOf(IllegalArgumentException.class);
    }
}
