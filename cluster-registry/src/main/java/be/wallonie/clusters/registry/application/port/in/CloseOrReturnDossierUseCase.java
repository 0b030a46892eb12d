package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;

/** Lifecycle steps decided by people rather than events: withdrawal, and return for completion. */
public interface CloseOrReturnDossierUseCase {

    /** The applicants (or the Cellule) withdraw the dossier. */
    Dossier withdrawDossier(DossierId dossier, long expectedVersion, String reason, Caller by);

    /** The Cellule returns the dossier to the applicants to complete it; the reason is required. */
    Dossier returnForCompletion(DossierId dossier, long expectedVersion, String reason, String by);
}
