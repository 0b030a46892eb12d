package be.wallonie.clusters.registry.domain.avis;

/** A write of the Cellule's avis that the rules do not allow, with the rule that refused it. */
public class CelluleAvisRefusedException extends RuntimeException {

    public enum Reason {
        /** The dossier is a draft (never submitted, or returned for completion): an avis is given on a submitted snapshot. */
        NOT_SUBMITTED,
        /** The snapshot is no longer before the Comité: superseded by a later one, or the dossier was decided, withdrawn… */
        NOT_UNDER_EVALUATION,
        /** The Comité's panel for the snapshot is composed: the avis it reads is frozen. */
        FROZEN
    }

    private final Reason reason;

    public CelluleAvisRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
