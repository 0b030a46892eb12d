package be.wallonie.clusters.funding.domain.scheme;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The documented defaults of domain.md §5, as scheme versions. They are the values the configuration starts
 * from (and what the unit tests use); a deployment overrides them with its own versioned policy data.
 *
 * <ul>
 *   <li>CLUSTER_ANIMATOR: 160 000 €/year; rates 100 %, 75 %, 50 % for agrément periods 1–3 of 3 years; at most
 *       9 funded years, then self-financing (001; III.2).</li>
 *   <li>CLUSTER_PREPARATION: 50 % of animateur costs, at most 50 000 €/year, at most 12 months (defaults; the
 *       seeds only say "limité dans le temps", III.2).</li>
 *   <li>TECHNOLOGY_GRAPE: 100 % of eligible costs, at most 25 000 €/year, 24 months (001).</li>
 *   <li>COMPETITIVENESS_POLE: at most 400 000 €/year, never more than the declared budget less private
 *       contributions (001).</li>
 * </ul>
 */
public final class DefaultPolicy {

    /** Label of the default versions. */
    public static final String LABEL = "defaults-1";
    /** The Walloon cluster policy is in place since 2000 (001, "Politique en place depuis 2000"). */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2000, 1, 1);

    private DefaultPolicy() {
    }

    public static AnimatorParameters animator() {
        return new AnimatorParameters(Money.euros(160_000),
                List.of(new BigDecimal("1.00"), new BigDecimal("0.75"), new BigDecimal("0.50")), 3, 9);
    }

    public static TimeLimitedParameters preparation() {
        return new TimeLimitedParameters(new BigDecimal("0.50"), Money.euros(50_000), 12);
    }

    public static TimeLimitedParameters grape() {
        return new TimeLimitedParameters(new BigDecimal("1.00"), Money.euros(25_000), 24);
    }

    public static PoleParameters pole() {
        return new PoleParameters(Money.euros(400_000));
    }

    /** The four default versions, in force from {@code effectiveFrom}, all labelled {@code label}. */
    public static List<SchemeVersion> versions(String label, LocalDate effectiveFrom) {
        return List.of(
                new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, label, effectiveFrom, animator()),
                new SchemeVersion(SchemeCode.CLUSTER_PREPARATION, label, effectiveFrom, preparation()),
                new SchemeVersion(SchemeCode.TECHNOLOGY_GRAPE, label, effectiveFrom, grape()),
                new SchemeVersion(SchemeCode.COMPETITIVENESS_POLE, label, effectiveFrom, pole()));
    }

    /** The default version of one scheme. */
    public static SchemeVersion version(SchemeCode scheme) {
        return versions(LABEL, EFFECTIVE_FROM).stream().filter(v -> v.scheme() == scheme).findFirst().orElseThrow();
    }

    /** A book holding the four default versions. */
    public static PolicyBook book() {
        return PolicyBook.of(versions(LABEL, EFFECTIVE_FROM));
    }
}
