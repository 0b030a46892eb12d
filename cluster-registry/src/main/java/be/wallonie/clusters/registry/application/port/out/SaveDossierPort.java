package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.Dossier;

public interface SaveDossierPort {

    /** Stores the dossier and the transitions it made (audit); returns the stored state. */
    Dossier saveDossier(Dossier dossier);
}
