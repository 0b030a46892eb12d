package be.wallonie.clusters.evaluation.domain.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A threshold the engine applied, taken from the {@link CriteriaPolicy} in force, so that an
 * assessment shows which rule produced it.
 *
 * @param code       the code of the indicator it applies to
 * @param value      the threshold value
 * @param comparison how the indicator must compare with the value for the rule to hold
 * @param unit       same units as {@link Indicator}
 */
public record Threshold(String code, BigDecimal value, Comparison comparison, String unit) {

    public Threshold {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(unit, "unit");
    }

    public static Threshold percent(String code, Comparison comparison, BigDecimal value) {
        return new Threshold(code, value, comparison, Indicator.PERCENT);
    }

    public static Threshold count(String code, Comparison comparison, long value) {
        return new Threshold(code, BigDecimal.valueOf(value), comparison, Indicator.COUNT);
    }

    public static Threshold months(String code, Comparison comparison, long value) {
        return new Threshold(code, BigDecimal.valueOf(value), comparison, Indicator.MONTHS);
    }
}
