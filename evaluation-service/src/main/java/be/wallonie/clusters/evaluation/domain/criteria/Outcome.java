package be.wallonie.clusters.evaluation.domain.criteria;

/** The automatic result of one criterion. It never decides alone: the Comité's experts do (domain.md §2). */
public enum Outcome {
    SATISFIED,
    NOT_SATISFIED,
    NEEDS_EXPERT_JUDGEMENT
}
