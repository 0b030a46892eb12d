package be.wallonie.clusters.registry.domain.support;

/** A support or a declaration the rules do not allow, with the rule that refused it. */
public class SupportRefusedException extends RuntimeException {

    public enum Reason {
        /**
         * Preparation support goes to clusters in preparation: a draft (volet sensibilisation or validation) or a dossier
         * in validation phase (submitted, not yet decided).
         */
        NOT_IN_VALIDATION_PHASE,
        /** A cluster that already has an agrément (a renewal under way) is funded by it, not by preparation support. */
        AGREMENT_EXISTS,
        /** The cluster already has its preparation support. */
        PREPARATION_SUPPORT_EXISTS,
        /** Support and costs need the animateur post (who employs the animateur). */
        ANIMATOR_POST_MISSING,
        /** Costs are declared by clusters that receive co-funding: an agrément or a preparation support. */
        NO_CO_FUNDING,
        /** A second declaration for a year corrects the first and must say why. */
        CORRECTION_REASON_REQUIRED,
        /** Only a validated cluster can be labelled flagship. */
        NOT_VALIDATED
    }

    private final Reason reason;

    public SupportRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
