package be.wallonie.clusters.evaluation.domain.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole. Comparisons with a percentage threshold are exact (cross-multiplied), so
 * that 3 out of 5 is exactly 60 % and 1 out of 2 exactly 50 % at the boundaries; only the reported
 * percentage is rounded (two decimals, half-up). An empty whole has a share of 0 %.
 */
public record Share(long part, long whole) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Share {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("invalid share " + part + "/" + whole);
        }
    }

    public BigDecimal percent() {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** Whether this share, as a percentage, compares to {@code thresholdPercent} as required. */
    public boolean meets(Comparison comparison, BigDecimal thresholdPercent) {
        if (whole == 0) {
            return comparison.holds(BigDecimal.ZERO, thresholdPercent);
        }
        return comparison.holds(BigDecimal.valueOf(part).multiply(HUNDRED), thresholdPercent.multiply(BigDecimal.valueOf(whole)));
    }

    public boolean isEmpty() {
        return whole == 0;
    }
}
