package be.wallonie.clusters.registry.domain.accompaniment;

/** A change the accompaniment rules do not allow, with the rule that refused it. */
public class AccompanimentRefusedException extends RuntimeException {

    public enum Reason {
        /** A dossier comes from at most one accompanied project. */
        DOSSIER_ALREADY_LINKED,
        /** A cancelled act stays cancelled: it is neither corrected nor cancelled again. */
        ACT_CANCELLED
    }

    private final Reason reason;

    public AccompanimentRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
