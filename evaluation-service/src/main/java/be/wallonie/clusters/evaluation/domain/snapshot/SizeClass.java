package be.wallonie.clusters.evaluation.domain.snapshot;

/** Enterprise size class (TPE, PE, ME, GE). */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    /** PME (SME) in the seeds' sense: every class but {@link #LARGE}. */
    public boolean isSme() {
        return this != LARGE;
    }
}
