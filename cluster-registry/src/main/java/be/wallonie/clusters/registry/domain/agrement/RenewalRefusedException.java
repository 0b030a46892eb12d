package be.wallonie.clusters.registry.domain.agrement;

/** A renewal the rules do not allow. */
public class RenewalRefusedException extends RuntimeException {

    public enum Reason {
        /** Only a validated cluster renews its agrément. */
        NOT_VALIDATED,
        /** The cluster's agrément is no longer in force (expired): a new first application is needed. */
        NO_ACTIVE_AGREMENT
    }

    private final Reason reason;

    public RenewalRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
