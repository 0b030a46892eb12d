package be.wallonie.clusters.evaluation.domain.criteria;

import java.math.BigDecimal;

/** How an indicator is compared with a threshold. */
public enum Comparison {
    GREATER_THAN(">"),
    AT_LEAST("≥"),
    AT_MOST("≤"),
    LESS_THAN("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual} compares to {@code threshold} as this comparison requires. */
    public boolean holds(BigDecimal actual, BigDecimal threshold) {
        int c = actual.compareTo(threshold);
        return switch (this) {
            case GREATER_THAN -> c > 0;
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
        };
    }

    public boolean holds(long actual, long threshold) {
        return holds(BigDecimal.valueOf(actual), BigDecimal.valueOf(threshold));
    }
}
