package be.wallonie.clusters.funding.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, to the cent (domain.md §5: "Money is BigDecimal in euros with 2 decimals").
 *
 * <p>The constructor never rounds: an amount with more than two decimals is refused. Rounding is an
 * explicit step, {@link #rounded(BigDecimal)} (half-up to the cent), which the funding calculator
 * applies only when it finalises a schedule line; intermediate computations stay in full-precision
 * {@link BigDecimal}s.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Euros have two decimals. */
    public static final int SCALE = 2;
    /** The only rounding the domain uses, applied once per finalised line. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final String CURRENCY = "EUR";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount in euros has at most 2 decimals: " + amount.toPlainString()
                    + " (round it explicitly with Money.rounded)", e);
        }
    }

    /** Parses "160000", "120547.95"; at most two decimals. */
    public static Money euros(String amount) {
        return new Money(new BigDecimal(Objects.requireNonNull(amount, "amount")));
    }

    public static Money euros(long wholeEuros) {
        return new Money(BigDecimal.valueOf(wholeEuros));
    }

    /** Whole cents, e.g. {@code ofCents(12054795)} is 120 547,95 €. */
    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, SCALE));
    }

    /** Rounds an exact (full-precision) amount half-up to the cent: the end of a line's computation. */
    public static Money rounded(BigDecimal exact) {
        return new Money(Objects.requireNonNull(exact, "exact amount").setScale(SCALE, ROUNDING));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public long cents() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** "120547.95": plain, two decimals, no currency sign (the REST layer adds {@code currency: EUR}). */
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    /** "120 547,95 €", for French explanations. */
    public String toFrench() {
        return group(' ', ',') + " €";
    }

    /** "€120,547.95", for English explanations. */
    public String toEnglish() {
        String grouped = group(',', '.');
        return grouped.startsWith("-") ? "-€" + grouped.substring(1) : "€" + grouped;
    }

    private String group(char thousands, char decimal) {
        long cents = amount.unscaledValue().bitLength() < 63 ? amount.unscaledValue().longValue() : Long.MIN_VALUE;
        String digits = cents == Long.MIN_VALUE ? amount.abs().unscaledValue().toString() : Long.toString(Math.abs(cents));
        if (digits.length() < 3) {
            digits = "00".substring(digits.length() - 1) + digits;
        }
        int wholeLength = digits.length() - SCALE;
        StringBuilder out = new StringBuilder(digits.length() + wholeLength / 3 + 2);
        if (amount.signum() < 0) {
            out.append('-');
        }
        int firstGroup = wholeLength % 3 == 0 ? 3 : wholeLength % 3;
        out.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < wholeLength; i += 3) {
            out.append(thousands).append(digits, i, i + 3);
        }
        return out.append(decimal).append(digits, wholeLength, digits.length()).toString();
    }
}
