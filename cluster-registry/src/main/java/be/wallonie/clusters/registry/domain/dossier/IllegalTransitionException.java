package be.wallonie.clusters.registry.domain.dossier;

/** A lifecycle step that the dossier's current status does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final DossierStatus from;
    private final DossierStatus to;

    public IllegalTransitionException(DossierStatus from, DossierStatus to) {
        super("a dossier in status " + from + " cannot go to " + to);
        this.from = from;
        this.to = to;
    }

    public DossierStatus from() {
        return from;
    }

    public DossierStatus to() {
        return to;
    }
}
