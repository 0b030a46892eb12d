package be.wallonie.clusters.evaluation.domain.snapshot;

/** The Walloon scheme a dossier applies for (001: clusters, grappes technologiques, pôles de compétitivité). */
public enum Scheme {
    ECONOMIC_CLUSTER,
    TECHNOLOGY_GRAPE,
    COMPETITIVENESS_POLE
}
