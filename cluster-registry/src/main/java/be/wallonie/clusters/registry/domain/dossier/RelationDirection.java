package be.wallonie.clusters.registry.domain.dossier;

/** Along the value chain (vertical) or between peers (horizontal), tableau I.2. */
public enum RelationDirection {
    VERTICAL("verticale"),
    HORIZONTAL("horizontale");

    private final String label;

    RelationDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
