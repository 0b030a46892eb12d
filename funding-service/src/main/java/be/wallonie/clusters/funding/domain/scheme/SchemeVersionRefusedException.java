package be.wallonie.clusters.funding.domain.scheme;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A scheme version that may not be published, with the reason and, when another version is in the way, that one. */
public final class SchemeVersionRefusedException extends RuntimeException {

    /** Why the version is refused. */
    public enum Reason {
        /** The scheme already has a version with this label. */
        LABEL_TAKEN,
        /** The version would take effect before the day of publication and so rewrite computations already made. */
        EFFECTIVE_DATE_IN_THE_PAST,
        /** The version would take effect on or before the scheme's latest version. */
        NOT_AFTER_LATEST_VERSION
    }

    private final Reason reason;
    private final SchemeVersion refused;
    private final SchemeVersion inTheWay;
    private final LocalDate today;

    public SchemeVersionRefusedException(Reason reason, SchemeVersion refused, SchemeVersion inTheWay, LocalDate today) {
        super(Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(refused, "refused version").scheme()
                + " version " + refused.label() + " from " + refused.effectiveFrom()
                + (inTheWay == null ? "" : " (existing version " + inTheWay.label() + " from " + inTheWay.effectiveFrom() + ")")
                + ", published on " + today);
        this.reason = reason;
        this.refused = refused;
        this.inTheWay = inTheWay;
        this.today = Objects.requireNonNull(today, "today");
    }

    public Reason reason() {
        return reason;
    }

    /** The version that was to be published. */
    public SchemeVersion refused() {
        return refused;
    }

    /** The existing version it clashes with (same label, or the latest version), if any. */
    public Optional<SchemeVersion> inTheWay() {
        return Optional.ofNullable(inTheWay);
    }

    /** The day of the attempted publication. */
    public LocalDate today() {
        return today;
    }
}
