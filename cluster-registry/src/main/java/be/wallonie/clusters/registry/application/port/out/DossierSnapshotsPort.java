package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import java.util.List;
import java.util.Optional;

/** The immutable snapshots frozen at each submission. */
public interface DossierSnapshotsPort {

    void saveSnapshot(DossierSubmitted submitted);

    List<DossierSubmitted> snapshots(DossierId dossier);

    Optional<DossierSubmitted> snapshot(DossierId dossier, int version);
}
