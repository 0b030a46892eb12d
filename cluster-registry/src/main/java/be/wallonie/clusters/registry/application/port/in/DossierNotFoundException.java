package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;

public class DossierNotFoundException extends RuntimeException {

    private final DossierId id;

    public DossierNotFoundException(DossierId id) {
        super("no dossier " + id);
        this.id = id;
    }

    public DossierId id() {
        return id;
    }
}
