package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.Optional;

public interface GetDossierQuery {

    Optional<Dossier> getDossier(DossierId id);

    /** The dossier, if the caller may see it ({@link DossierNotFoundException}, {@link DossierAccessDeniedException}). */
    Dossier readDossier(DossierId id, Caller caller);
}
