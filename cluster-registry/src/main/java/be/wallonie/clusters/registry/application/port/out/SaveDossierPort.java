package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.Dossier;

public interface SaveDossierPort {

    /** Stores the dossier and the transitions it made (audit); returns the stored state. */
    Dossier saveDossier(Dossier dossier);

    /**
     * Gives the dossier a new version (its ETag changes) for a change stored beside it, such as its animateur post;
     * returns the stored state.
     */
    Dossier markChanged(Dossier dossier);
}
