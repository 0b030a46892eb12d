package be.wallonie.clusters.registry.domain.avis;

/** What the Cellule recommends to the Comité on a submitted snapshot (000 III.2: "un avis"). */
public enum Recommendation {
    FAVOURABLE,
    RESERVED,
    UNFAVOURABLE
}
