package be.wallonie.clusters.registry.domain.avis;

/**
 * When the dossier's own applicants may read the Cellule's avis on a snapshot ({@code clusters.cellule-avis.applicant-visible}):
 * after the Region's decision on that snapshot (default), never, or always.
 */
public enum ApplicantVisibility {
    AFTER_DECISION,
    NEVER,
    ALWAYS;

    /** @param decided whether the Region has decided on the snapshot */
    public boolean allows(boolean decided) {
        return switch (this) {
            case AFTER_DECISION -> decided;
            case NEVER -> false;
            case ALWAYS -> true;
        };
    }
}
