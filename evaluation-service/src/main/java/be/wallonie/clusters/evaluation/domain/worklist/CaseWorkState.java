package be.wallonie.clusters.evaluation.domain.worklist;

/**
 * Where a live evaluation round (status OPEN, no opinion yet) stands for the Comité's secretariat. The first four follow
 * each other as the panel works; {@link #ON_AGENDA} takes precedence over them while the case is on the agenda of an open
 * Comité session (the item's {@link CaseWorkItem#progress()} still says where the panel stands).
 */
public enum CaseWorkState {
    /** Fewer experts seated than the panel size: compose (or complete) the panel. */
    AWAITING_PANEL,
    /** The panel is full; some seated expert has not signed the per-dossier no-conflict declaration. */
    AWAITING_DECLARATIONS,
    /** Every seated expert signed; some have not submitted their score sheet. */
    AWAITING_SCORES,
    /** Every seated expert of a full panel submitted: the consensus is computable, the opinion can be issued. */
    READY_FOR_OPINION,
    /** On the agenda of an open Comité session. */
    ON_AGENDA
}
