package be.wallonie.clusters.funding.domain.scheme;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;

/**
 * A support limited in time, used by {@link SchemeCode#CLUSTER_PREPARATION} (default 50 % of animateur
 * costs, at most 50 000 € a year, at most 12 months: "cofinancement … limité dans le temps", III.2) and
 * {@link SchemeCode#TECHNOLOGY_GRAPE} (default 100 % of eligible costs, at most 25 000 € a year, 24 months:
 * "25 000 €/an pendant 2 ans", 001). The grant of a line is {@code min(eligible × rate, yearlyCap × days /
 * daysInYear)}: the cap bounds the grant itself and is not multiplied by the rate.
 *
 * @param rate        share of eligible costs the Region pays
 * @param yearlyCap   ceiling of the grant per calendar year, before pro rata temporis
 * @param maxMonths   the support stops this many months after it starts, whatever the requested end
 */
public record TimeLimitedParameters(BigDecimal rate, Money yearlyCap, int maxMonths) implements SchemeParameters {

    public TimeLimitedParameters {
        SchemeParameters.requireRate(rate, "rate");
        SchemeParameters.requireNonNegative(yearlyCap, "yearly cap");
        if (maxMonths < 1) {
            throw new IllegalArgumentException("a time-limited support lasts at least one month: " + maxMonths);
        }
    }
}
