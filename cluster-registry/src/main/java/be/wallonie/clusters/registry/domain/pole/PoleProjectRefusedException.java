package be.wallonie.clusters.registry.domain.pole;

/** A pole project the dossier cannot receive, with the rule that refused it. */
public class PoleProjectRefusedException extends RuntimeException {

    public enum Reason {
        /** Only a competitiveness pole is funded by approved projects. */
        NOT_A_POLE,
        /** The pole has no agrément yet: projects are approved for a validated pole. */
        NO_AGREMENT
    }

    private final Reason reason;

    public PoleProjectRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
