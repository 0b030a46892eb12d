package be.wallonie.clusters.evaluation.domain.snapshot;

/**
 * III.4: « actions génériques » (support actions, indirectly linked to the market, for most
 * members) and « actions ciblées » (restricted to some members, aiming at market share).
 */
public enum ActionType {
    GENERIC,
    TARGETED
}
