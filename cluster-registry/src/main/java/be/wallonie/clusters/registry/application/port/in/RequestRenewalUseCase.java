package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;

/**
 * A validated cluster whose agrément is in force asks for its renewal: a new snapshot is submitted (DossierSubmitted,
 * the Comité opens a new round) and, when the Region validates it, the next agrément follows the current one.
 */
public interface RequestRenewalUseCase {

    /** @param expectedVersion the dossier version read (If-Match) */
    Dossier requestRenewal(DossierId dossier, long expectedVersion, Caller caller);
}
