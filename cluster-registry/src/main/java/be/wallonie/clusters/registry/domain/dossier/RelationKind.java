package be.wallonie.clusters.registry.domain.dossier;

/**
 * Kinds of relations between members (I.1.2 §2, executive summary "Interactions"): customer–supplier and
 * subcontracting are vertical and market ties; alliances, joint R&D, shared training and joint commercial
 * action are horizontal. The names are those of the DossierSubmitted contract.
 */
public enum RelationKind {
    CUSTOMER_SUPPLIER("client–fournisseur", RelationDirection.VERTICAL, true),
    SUBCONTRACTING("sous-traitance", RelationDirection.VERTICAL, true),
    STRATEGIC_ALLIANCE("alliance stratégique", RelationDirection.HORIZONTAL, false),
    JOINT_RESEARCH("R&D commune", RelationDirection.HORIZONTAL, false),
    SHARED_TRAINING("formation partagée", RelationDirection.HORIZONTAL, false),
    JOINT_COMMERCIAL_ACTION("action commerciale commune", RelationDirection.HORIZONTAL, true),
    OTHER("autre", RelationDirection.HORIZONTAL, false);

    private final String label;
    private final RelationDirection naturalDirection;
    private final boolean naturallyMarket;

    RelationKind(String label, RelationDirection naturalDirection, boolean naturallyMarket) {
        this.label = label;
        this.naturalDirection = naturalDirection;
        this.naturallyMarket = naturallyMarket;
    }

    public String label() {
        return label;
    }

    /** The direction a relation of this kind has unless the dossier says otherwise. */
    public RelationDirection naturalDirection() {
        return naturalDirection;
    }

    /** Whether a relation of this kind is a market tie unless the dossier says otherwise. */
    public boolean naturallyMarket() {
        return naturallyMarket;
    }
}
