package be.wallonie.clusters.evaluation.domain.snapshot;

/** What members recognise themselves in: a market ("la santé") or a technology ("la biotechnologie") (I.1.2 §3). */
public enum FocusKind {
    MARKET,
    TECHNOLOGY
}
