package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;

public interface CreateDossierUseCase {

    Dossier createDossier(CreateDossierCommand command);
}
