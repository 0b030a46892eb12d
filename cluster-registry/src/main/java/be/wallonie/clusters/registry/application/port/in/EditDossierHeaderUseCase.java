package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;

/** The applicants (core-group members) or the Cellule correct the dossier's header while it is editable. */
public interface EditDossierHeaderUseCase {

    Dossier editHeader(EditDossierHeaderCommand command);
}
