package be.wallonie.clusters.funding.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Historic amounts in Belgian francs (the design report prices in "FB"), converted at the legal fixed
 * rate of 31 December 1998: 1 EUR = 40.3399 BEF.
 */
public final class BelgianFrancs {

    /** Francs per euro, fixed by Council Regulation (EC) No 2866/98; six significant figures, never rounded. */
    public static final BigDecimal FRANCS_PER_EURO = new BigDecimal("40.3399");

    private BelgianFrancs() {
    }

    /**
     * The euro amount, to the cent: the exact quotient {@code francs / 40.3399} rounded half-up once, as the
     * regulation requires (no inverse rate, no intermediate rounding). 1 000 000 BEF gives 24 789,35 €.
     */
    public static Money toEuro(BigDecimal francs) {
        Objects.requireNonNull(francs, "amount in Belgian francs");
        return new Money(francs.divide(FRANCS_PER_EURO, Money.SCALE, Money.ROUNDING));
    }

    /** Convenience for a whole number of francs. */
    public static Money toEuro(long francs) {
        return toEuro(BigDecimal.valueOf(francs));
    }
}
