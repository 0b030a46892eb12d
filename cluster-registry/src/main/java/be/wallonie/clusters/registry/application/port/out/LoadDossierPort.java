package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.Optional;

public interface LoadDossierPort {

    Optional<Dossier> loadDossier(DossierId id);
}
