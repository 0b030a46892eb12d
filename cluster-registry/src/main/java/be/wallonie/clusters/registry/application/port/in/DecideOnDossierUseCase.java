package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import java.util.Optional;

public interface DecideOnDossierUseCase {

    /** The decision, the dossier after it, and the agrément a validation grants. */
    record Decided(Dossier dossier, Decision decision, Optional<Agrement> agrement) {
    }

    Decided decideOnDossier(DecideOnDossierCommand command);
}
