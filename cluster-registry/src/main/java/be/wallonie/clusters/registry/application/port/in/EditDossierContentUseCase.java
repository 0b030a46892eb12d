package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;

/** The applicants (or the Cellule) state the dossier's content: members, relations, objectives, action plan… */
public interface EditDossierContentUseCase {

    Dossier replaceContent(ReplaceDossierContentCommand command);
}
