package be.wallonie.clusters.registry.domain.decision;

/** A decision the rules do not allow, with the rule that refused it. */
public class DecisionRefusedException extends RuntimeException {

    public enum Reason {
        /** The decision departs from the Comité's opinion and carries no written justification. */
        JUSTIFICATION_REQUIRED,
        /** An economic cluster is validated only with an animateur post ("Obligation d'engager un animateur", 001). */
        ANIMATOR_POST_MISSING,
        /** A technology grape or a competitiveness pole is validated only with its declared funded beneficiary. */
        FUNDED_BENEFICIARY_MISSING,
        /** No opinion of the Comité on the dossier's current snapshot. */
        NO_OPINION
    }

    private final Reason reason;

    public DecisionRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
