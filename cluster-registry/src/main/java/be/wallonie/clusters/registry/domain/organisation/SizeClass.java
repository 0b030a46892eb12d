package be.wallonie.clusters.registry.domain.organisation;

/** The size class of an enterprise (TPE, petite, moyenne, grande entreprise); only enterprises have one. */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    /** Small and medium-sized enterprises (PME), micro included. */
    public boolean isSme() {
        return this != LARGE;
    }
}
