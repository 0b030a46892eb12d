package be.wallonie.clusters.foundation.csv;

import java.math.BigDecimal;
import java.util.List;

/**
 * A small CSV writer for Belgian spreadsheets, as the evaluation service's report and the funding service's schedule
 * exports write theirs: RFC 4180 (CRLF line ends; a field is quoted when it holds the separator, a quote or a line
 * break, a quote doubled inside), ';' between fields and ',' as the decimal mark by default. The caller sends the
 * text as UTF-8 ({@code text/csv; charset=UTF-8}).
 */
public final class Csv {

    private final char separator;
    private final char decimalMark;
    private final StringBuilder out = new StringBuilder();

    private Csv(char separator, char decimalMark) {
        if (separator == decimalMark) {
            throw new IllegalArgumentException("the separator and the decimal mark must differ");
        }
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    /** ';' between fields, ',' as the decimal mark. */
    public static Csv belgian() {
        return new Csv(';', ',');
    }

    public static Csv of(char separator, char decimalMark) {
        return new Csv(separator, decimalMark);
    }

    /** One line; a null field is written empty. */
    public Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** A number with the decimal mark (plain notation, never exponents); empty for null. */
    public String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString().replace('.', decimalMark);
    }

    public String text() {
        return out.toString();
    }

    private String field(String f) {
        if (f == null) {
            return "";
        }
        boolean quote = f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
        return quote ? '"' + f.replace("\"", "\"\"") + '"' : f;
    }
}
