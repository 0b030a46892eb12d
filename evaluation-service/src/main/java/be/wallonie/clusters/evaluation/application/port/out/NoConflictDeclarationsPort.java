package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.NoConflictDeclaration;
import java.util.Optional;
import java.util.UUID;

/** Per-dossier no-conflict declarations, signed by an expert before reading the dossier. */
public interface NoConflictDeclarationsPort {

    void saveNoConflictDeclaration(NoConflictDeclaration declaration);

    Optional<NoConflictDeclaration> noConflictDeclaration(UUID caseId, UUID expertId);
}
