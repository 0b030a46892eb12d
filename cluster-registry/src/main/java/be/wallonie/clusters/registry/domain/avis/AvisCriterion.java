package be.wallonie.clusters.registry.domain.avis;

/**
 * The criteria the Cellule may comment on: the necessary criteria of domain.md §2, named as the evaluation engine
 * names them (CelluleAvisIssued.v1 "criterion"). TECHNOLOGY only routes a dossier and is not judged.
 */
public enum AvisCriterion {
    BUSINESS_INITIATIVE,
    CRITICAL_MASS,
    INTERRELATIONS,
    COMMON_INTEREST,
    COMPETITIVENESS,
    DURABILITY,
    REGIONAL_VALUE_ADDED,
    SHARED_VISION
}
