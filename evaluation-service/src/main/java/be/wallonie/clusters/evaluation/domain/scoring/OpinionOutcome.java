package be.wallonie.clusters.evaluation.domain.scoring;

/** The Comité's opinion on a dossier (domain.md §4). */
public enum OpinionOutcome {
    FAVOURABLE,
    FAVOURABLE_WITH_CONDITIONS,
    UNFAVOURABLE
}
