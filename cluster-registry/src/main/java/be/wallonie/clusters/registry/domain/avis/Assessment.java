package be.wallonie.clusters.registry.domain.avis;

/** The Cellule's view on one criterion of the Walloon cluster concept. */
public enum Assessment {
    MET,
    PARTLY_MET,
    NOT_MET
}
