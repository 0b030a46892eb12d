package be.wallonie.clusters.funding.domain.scheme;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * {@link SchemeCode#CLUSTER_ANIMATOR}: eligible animateur costs × rate, the grant capped at
 * {@code yearlyCap × rate} per calendar year (pro rata temporis).
 *
 * @param yearlyCap         160 000 € per year ("Financement: 160 000 €/an pour 3 ans", 001)
 * @param periodRates       the rate of agrément period 1, 2, 3…, in order (default 100 %, 75 %, 50 %); a period
 *                          beyond the list is self-financed (0 %)
 * @param periodLengthYears the length of one agrément ("Agrément pour 3 ans", 001); a longer period is refused
 * @param maxFundedYears    agrément years that may be funded ("dégressif jusque 50 % sur 9 ans", 001); later
 *                          years are self-financed ("condition d'autofinancement ultérieur", III.2)
 */
public record AnimatorParameters(Money yearlyCap, List<BigDecimal> periodRates, int periodLengthYears, int maxFundedYears)
        implements SchemeParameters {

    public AnimatorParameters {
        SchemeParameters.requireNonNegative(yearlyCap, "yearly cap");
        Objects.requireNonNull(periodRates, "period rates");
        if (periodRates.isEmpty()) {
            throw new IllegalArgumentException("at least one agrément period rate is needed");
        }
        periodRates = List.copyOf(periodRates);
        for (int i = 0; i < periodRates.size(); i++) {
            SchemeParameters.requireRate(periodRates.get(i), "rate of agrément period " + (i + 1));
        }
        if (periodLengthYears < 1) {
            throw new IllegalArgumentException("an agrément period lasts at least one year: " + periodLengthYears);
        }
        if (maxFundedYears < 0) {
            throw new IllegalArgumentException("max funded years must not be negative: " + maxFundedYears);
        }
    }

    /** The rate of agrément period {@code number} (1-based); 0 beyond the listed periods. */
    public BigDecimal rateOfPeriod(int number) {
        return number >= 1 && number <= periodRates.size() ? periodRates.get(number - 1) : BigDecimal.ZERO;
    }
}
