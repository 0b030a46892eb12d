package be.wallonie.clusters.evaluation.domain.snapshot;

/**
 * Kinds of declared relations between members (I.1.2 §2, executive summary « Interactions »):
 * client-fournisseur and sous-traitance are vertical; alliances, R&D, training and joint
 * commercial initiatives are horizontal.
 */
public enum RelationKind {
    CUSTOMER_SUPPLIER(RelationDirection.VERTICAL),
    SUBCONTRACTING(RelationDirection.VERTICAL),
    STRATEGIC_ALLIANCE(RelationDirection.HORIZONTAL),
    JOINT_RESEARCH(RelationDirection.HORIZONTAL),
    SHARED_TRAINING(RelationDirection.HORIZONTAL),
    JOINT_COMMERCIAL_ACTION(RelationDirection.HORIZONTAL),
    /** Not a supply-chain tie, so horizontal unless the dossier says otherwise. */
    OTHER(RelationDirection.HORIZONTAL);

    private final RelationDirection naturalDirection;

    RelationKind(RelationDirection naturalDirection) {
        this.naturalDirection = naturalDirection;
    }

    /** The direction used when the dossier leaves it blank. */
    public RelationDirection naturalDirection() {
        return naturalDirection;
    }
}
