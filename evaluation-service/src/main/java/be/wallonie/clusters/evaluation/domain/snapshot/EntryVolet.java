package be.wallonie.clusters.evaluation.domain.snapshot;

/** The "volet" through which a project enters the process; they are not necessarily consecutive (III.2). */
public enum EntryVolet {
    SENSIBILISATION,
    VALIDATION,
    MISE_EN_OEUVRE
}
