package be.wallonie.clusters.registry.domain.decision;

/** The Comité d'Evaluation's opinion on a dossier (domain.md §4). */
public enum OpinionOutcome {
    FAVOURABLE, FAVOURABLE_WITH_CONDITIONS, UNFAVOURABLE;

    public boolean favourable() {
        return this != UNFAVOURABLE;
    }
}
