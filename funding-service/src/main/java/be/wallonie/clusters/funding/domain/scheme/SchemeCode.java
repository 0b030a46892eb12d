package be.wallonie.clusters.funding.domain.scheme;

/** The Walloon funding schemes of domain.md §5. */
public enum SchemeCode {
    /** Animateur co-funding of a validated cluster: degressive over agrément periods, then self-financing. */
    CLUSTER_ANIMATOR("cofinancement de l'animateur d'un cluster validé", "animator co-funding of a validated cluster"),
    /** Animateur co-funding of a cluster in validation phase, "limité dans le temps" (III.2). */
    CLUSTER_PREPARATION("cofinancement de l'animateur d'un cluster en préparation", "animator co-funding of a cluster in preparation"),
    /** A technology grape ("grappe technologique"): 25 000 €/year for 2 years (001). */
    TECHNOLOGY_GRAPE("grappe technologique", "technology grape"),
    /** A competitiveness pole: up to 400 000 €/year plus private contributions (001). */
    COMPETITIVENESS_POLE("pôle de compétitivité", "competitiveness pole");

    private final String french;
    private final String english;

    SchemeCode(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /**
     * The funding scheme of an agrément, from the registry's scheme of the dossier: a validated economic
     * cluster gets animateur co-funding; technology grapes and competitiveness poles have their own schemes.
     */
    public static SchemeCode ofAgrement(String registryScheme) {
        return switch (registryScheme) {
            case "ECONOMIC_CLUSTER" -> CLUSTER_ANIMATOR;
            case "TECHNOLOGY_GRAPE" -> TECHNOLOGY_GRAPE;
            case "COMPETITIVENESS_POLE" -> COMPETITIVENESS_POLE;
            default -> throw new IllegalArgumentException("unknown registry scheme " + registryScheme);
        };
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }
}
