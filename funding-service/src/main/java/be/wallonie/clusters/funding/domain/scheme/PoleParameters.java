package be.wallonie.clusters.funding.domain.scheme;

import be.wallonie.clusters.funding.domain.money.Money;

/**
 * {@link SchemeCode#COMPETITIVENESS_POLE}: "max 400 000 €/an + contributions privées" (001). The grant of a
 * line is {@code min(yearlyCap × days / days of its labelling year, approved projects' budget − private contributions)},
 * never negative.
 *
 * @param yearlyCap 400 000 € per year by default
 */
public record PoleParameters(Money yearlyCap) implements SchemeParameters {

    public PoleParameters {
        SchemeParameters.requireNonNegative(yearlyCap, "yearly cap");
    }
}
