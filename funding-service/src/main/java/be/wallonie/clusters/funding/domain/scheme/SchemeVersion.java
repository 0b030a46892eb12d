package be.wallonie.clusters.funding.domain.scheme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a scheme's policy data. It is in force from {@code effectiveFrom} until the next version of
 * the same scheme; a schedule records the label of the version that produced it, so that a later version
 * never rewrites what an earlier one computed.
 *
 * @param scheme        the scheme
 * @param label         a stable name for this version (unique per scheme), e.g. "2025-1"
 * @param effectiveFrom first computation date at which this version applies
 * @param parameters    the figures, of the shape the scheme needs
 */
public record SchemeVersion(SchemeCode scheme, String label, LocalDate effectiveFrom, SchemeParameters parameters) {

    public SchemeVersion {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a scheme version needs a label");
        }
        Objects.requireNonNull(effectiveFrom, "effective from");
        Objects.requireNonNull(parameters, "parameters");
        Class<? extends SchemeParameters> expected = expectedShape(scheme);
        if (!expected.isInstance(parameters)) {
            throw new IllegalArgumentException(scheme + " needs " + expected.getSimpleName() + ", not "
                    + parameters.getClass().getSimpleName());
        }
    }

    /** Whether this version may be used for a computation made on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }

    public static Class<? extends SchemeParameters> expectedShape(SchemeCode scheme) {
        return switch (scheme) {
            case CLUSTER_ANIMATOR -> AnimatorParameters.class;
            case CLUSTER_PREPARATION, TECHNOLOGY_GRAPE -> TimeLimitedParameters.class;
            case COMPETITIVENESS_POLE -> PoleParameters.class;
        };
    }
}
