package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import java.util.List;
import java.util.Optional;

/** The snapshots frozen at each submission of a dossier, oldest first. */
public interface GetDossierSnapshotsQuery {

    List<DossierSubmitted> snapshots(DossierId dossier, Caller caller);

    Optional<DossierSubmitted> snapshot(DossierId dossier, int version, Caller caller);
}
