package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;

/**
 * The caller may not see or change this dossier (an applicant whose organisation is neither in its core group nor the
 * employer of its animateur).
 */
public class DossierAccessDeniedException extends RuntimeException {

    public enum Reason {
        /** The applicant's organisation is neither a core-group member of the dossier nor its animateur's employer. */
        NOT_CORE_GROUP_MEMBER,
        /** The Region reads dossiers but does not edit them. */
        READ_ONLY
    }

    private final DossierId dossier;
    private final Reason reason;

    public DossierAccessDeniedException(DossierId dossier, Reason reason) {
        super("no access to dossier " + dossier + ": " + reason);
        this.dossier = dossier;
        this.reason = reason;
    }

    public DossierId dossier() {
        return dossier;
    }

    public Reason reason() {
        return reason;
    }
}
