package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.DossierNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleDossierException;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.Optional;

public interface LoadDossierPort {

    Optional<Dossier> loadDossier(DossierId id);

    /** The dossier, or {@link DossierNotFoundException}. */
    default Dossier existingDossier(DossierId id) {
        return loadDossier(id).orElseThrow(() -> new DossierNotFoundException(id));
    }

    /**
     * The dossier as the user last read it (If-Match): {@link StaleDossierException} when it changed since.
     *
     * @param expectedVersion the version read, or null when the caller does not lock
     */
    default Dossier dossierAtVersion(DossierId id, Long expectedVersion) {
        Dossier dossier = existingDossier(id);
        if (expectedVersion != null && expectedVersion != dossier.version()) {
            throw new StaleDossierException(expectedVersion, dossier.version());
        }
        return dossier;
    }
}
