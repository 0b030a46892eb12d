package be.wallonie.clusters.registry.domain.dossier;

/** A withdrawn or rejected dossier takes no more changes. */
public class DossierClosedException extends RuntimeException {

    private final DossierStatus status;

    public DossierClosedException(DossierStatus status) {
        super("dossier is " + status);
        this.status = status;
    }

    public DossierStatus status() {
        return status;
    }
}
