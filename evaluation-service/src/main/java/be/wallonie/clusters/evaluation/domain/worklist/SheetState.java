package be.wallonie.clusters.evaluation.domain.worklist;

/** Where an expert's own work on one of their panel seats stands (their worklist). */
public enum SheetState {
    /** Seated on a live round, the per-dossier no-conflict declaration not signed yet. */
    DECLARATION_TO_SIGN,
    /** Declared, seated on a live round, the score sheet not submitted (none yet, or a draft). */
    SCORES_TO_GIVE,
    /** The score sheet is submitted (immutable). */
    SUBMITTED,
    /** Removed from the panel (conflict detected later, replaced, recused): the sheet, if any, is void; the reason says why. */
    VOIDED,
    /** Still seated, nothing submitted, but the round closed without them (superseded, withdrawn, returned): nothing to do. */
    ROUND_CLOSED
}
