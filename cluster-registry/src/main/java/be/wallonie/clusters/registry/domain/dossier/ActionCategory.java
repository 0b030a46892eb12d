package be.wallonie.clusters.registry.domain.dossier;

/** The business function an action serves (Part II field study: commercial, technology/production, logistics, HR…). */
public enum ActionCategory {
    COMMERCIAL("commercial"),
    TECHNOLOGY_PRODUCTION("technologie / production"),
    RESEARCH_DEVELOPMENT("recherche et développement"),
    LOGISTICS("logistique"),
    HUMAN_RESOURCES("ressources humaines"),
    PURCHASING("achats"),
    FINANCE("finance"),
    ENVIRONMENT("environnement"),
    OTHER("autre");

    private final String label;

    ActionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
