package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;

/** The dossier has no snapshot of that version. */
public class SnapshotNotFoundException extends RuntimeException {

    private final DossierId dossier;
    private final int version;

    public SnapshotNotFoundException(DossierId dossier, int version) {
        super("dossier " + dossier + " has no snapshot " + version);
        this.dossier = dossier;
        this.version = version;
    }

    public DossierId dossier() {
        return dossier;
    }

    public int version() {
        return version;
    }
}
