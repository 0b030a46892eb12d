package be.wallonie.clusters.funding.domain.scheme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a scheme's policy data. A version <b>governs the periods that start while it is in force</b>
 * (from {@code effectiveFrom} until the next version of the same scheme takes effect): the version in force on the
 * first day of an agrément period — or of a support — keeps pricing that period to its end, so a version published
 * later never re-prices a period already running. A version may say that it also applies to periods already
 * running, and then only to their days from {@code runningPeriodsFrom} on (never before its own effective date).
 * Each schedule line records the label of the version that priced it.
 *
 * @param scheme             the scheme
 * @param label              a stable name for this version (unique per scheme), e.g. "2025-1"
 * @param effectiveFrom      periods starting on or after this day are governed by this version (until the next)
 * @param parameters         the figures, of the shape the scheme needs
 * @param runningPeriodsFrom null, or the day from which this version also prices periods that started before
 *                           {@code effectiveFrom} (on or after {@code effectiveFrom})
 */
public record SchemeVersion(SchemeCode scheme, String label, LocalDate effectiveFrom, SchemeParameters parameters,
        LocalDate runningPeriodsFrom) {

    /** A version that governs only the periods starting while it is in force. */
    public SchemeVersion(SchemeCode scheme, String label, LocalDate effectiveFrom, SchemeParameters parameters) {
        this(scheme, label, effectiveFrom, parameters, null);
    }

    public SchemeVersion {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a scheme version needs a label");
        }
        Objects.requireNonNull(effectiveFrom, "effective from");
        Objects.requireNonNull(parameters, "parameters");
        if (runningPeriodsFrom != null && runningPeriodsFrom.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("version " + label + " cannot apply to running periods from " + runningPeriodsFrom
                    + ", before its effective date " + effectiveFrom);
        }
        Class<? extends SchemeParameters> expected = expectedShape(scheme);
        if (!expected.isInstance(parameters)) {
            throw new IllegalArgumentException(scheme + " needs " + expected.getSimpleName() + ", not "
                    + parameters.getClass().getSimpleName());
        }
    }

    /** Whether this version has taken effect on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }

    /**
     * Whether this version prices day {@code day} of a period that started on {@code periodStart}: the period
     * started while it was in force, or it applies to running periods from a day not after {@code day}. (The
     * latest version for which this holds wins: {@link PolicyBook#governing}.)
     */
    public boolean mayPrice(LocalDate periodStart, LocalDate day) {
        return inForceOn(periodStart) || runningPeriodsFrom != null && !runningPeriodsFrom.isAfter(day);
    }

    public static Class<? extends SchemeParameters> expectedShape(SchemeCode scheme) {
        return switch (scheme) {
            case CLUSTER_ANIMATOR -> AnimatorParameters.class;
            case CLUSTER_PREPARATION, TECHNOLOGY_GRAPE -> TimeLimitedParameters.class;
            case COMPETITIVENESS_POLE -> PoleParameters.class;
        };
    }
}
