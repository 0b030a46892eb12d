package be.wallonie.clusters.registry.domain.dossier;

/** The content is edited only while the dossier is a draft or returned for completion. */
public class DossierNotEditableException extends RuntimeException {

    private final DossierStatus status;

    public DossierNotEditableException(DossierStatus status) {
        super("a dossier in status " + status + " cannot be edited");
        this.status = status;
    }

    public DossierStatus status() {
        return status;
    }
}
