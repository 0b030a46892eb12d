package be.wallonie.clusters.registry.domain.dossier;

/** The scheme a dossier applies for (domain.md §5). */
public enum Scheme {
    /** A Walloon cluster: agrément for 3 years and animateur co-funding. */
    ECONOMIC_CLUSTER,
    /** A technology grape ("grappe technologique"), funded by the research administration. */
    TECHNOLOGY_GRAPE,
    /** A competitiveness pole ("pôle de compétitivité"). */
    COMPETITIVENESS_POLE
}
