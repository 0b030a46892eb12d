package be.wallonie.clusters.foundation.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The services' CSV text (RFC 4180): CRLF line ends, a field quoted when it holds the separator, a quote or a line
 * break (quotes doubled inside). For Belgian spreadsheets the separator is ';' and the decimal mark ','
 * ({@link #belgian()}), as the funding service's exports with {@code separator=semicolon&decimal=comma} and the
 * policy evaluation's CSV. Not thread-safe: one writer per document.
 */
public final class CsvWriter {

    private final char separator;
    private final char decimalMark;
    private final StringBuilder out = new StringBuilder();

    private CsvWriter(char separator, char decimalMark) {
        if (separator == decimalMark) {
            throw new IllegalArgumentException("the separator and the decimal mark differ");
        }
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    /** ';' between fields, ',' as the decimal mark. */
    public static CsvWriter belgian() {
        return new CsvWriter(';', ',');
    }

    /** Any separator and decimal mark, e.g. ',' and '.'. */
    public static CsvWriter of(char separator, char decimalMark) {
        return new CsvWriter(separator, decimalMark);
    }

    /** Appends one row; a null field is written empty. */
    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(quoted(fields.get(i) == null ? "" : fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public CsvWriter row(String... fields) {
        return row(Arrays.asList(fields));
    }

    /** A number as plain digits with this writer's decimal mark; empty for null. */
    public String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString().replace('.', decimalMark);
    }

    /** The document written so far. */
    public String text() {
        return out.toString();
    }

    private String quoted(String field) {
        boolean quote = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
