package be.wallonie.clusters.evaluation.domain.snapshot;

/** Where a member is located, derived from its establishments by the registry. */
public enum Region {
    WALLONIA,
    BRUSSELS,
    FLANDERS,
    ABROAD
}
