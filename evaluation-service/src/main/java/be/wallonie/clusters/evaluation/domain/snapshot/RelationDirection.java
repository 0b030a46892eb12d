package be.wallonie.clusters.evaluation.domain.snapshot;

/** Vertical (along the value chain) or horizontal (between peers) tie (tableau I.2). */
public enum RelationDirection {
    VERTICAL,
    HORIZONTAL
}
