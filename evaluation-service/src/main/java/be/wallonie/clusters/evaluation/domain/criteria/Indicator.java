package be.wallonie.clusters.evaluation.domain.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An objective indicator the engine computed (domain.md §2, last column).
 *
 * @param code  stable dotted code, e.g. {@code coreGroup.enterpriseShare}
 * @param value the value; percentages carry two decimals
 * @param unit  one of {@link #PERCENT}, {@link #COUNT}, {@link #MONTHS}, {@link #FLAG}, {@link #EUR}
 */
public record Indicator(String code, BigDecimal value, String unit) {

    public static final String PERCENT = "%";
    public static final String COUNT = "count";
    public static final String MONTHS = "months";
    /** 1 for true, 0 for false. */
    public static final String FLAG = "boolean";
    public static final String EUR = "EUR";

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Indicator count(String code, long value) {
        return new Indicator(code, BigDecimal.valueOf(value), COUNT);
    }

    public static Indicator percent(String code, Share share) {
        return new Indicator(code, share.percent(), PERCENT);
    }

    public static Indicator months(String code, long value) {
        return new Indicator(code, BigDecimal.valueOf(value), MONTHS);
    }

    public static Indicator flag(String code, boolean value) {
        return new Indicator(code, value ? BigDecimal.ONE : BigDecimal.ZERO, FLAG);
    }

    public static Indicator euros(String code, BigDecimal value) {
        return new Indicator(code, value, EUR);
    }

    public long longValue() {
        return value.longValueExact();
    }

    public boolean isTrue() {
        return FLAG.equals(unit) && value.signum() != 0;
    }
}
