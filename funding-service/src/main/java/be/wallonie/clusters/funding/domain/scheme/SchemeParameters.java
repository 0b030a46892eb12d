package be.wallonie.clusters.funding.domain.scheme;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures of one scheme version. Each scheme has its own shape; {@link SchemeVersion} checks that a
 * version carries the shape its scheme needs.
 */
public sealed interface SchemeParameters permits AnimatorParameters, TimeLimitedParameters, PoleParameters {

    /** The yearly ceiling, before any pro rata temporis. */
    Money yearlyCap();

    static BigDecimal requireRate(BigDecimal rate, String what) {
        Objects.requireNonNull(rate, what);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 1: " + rate.toPlainString());
        }
        return rate;
    }

    static Money requireNonNegative(Money amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
        return amount;
    }
}
