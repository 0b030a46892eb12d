package be.wallonie.clusters.registry.domain.dossier;

/** III.4: generic actions (for most members, indirectly linked to the market) and targeted ones ("actions ciblées"). */
public enum ActionType {
    GENERIC("action générique"),
    TARGETED("action ciblée");

    private final String label;

    ActionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
