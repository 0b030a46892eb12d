package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface LoadEvaluationCasePort {

    /** The dossier's rounds, oldest first. */
    List<EvaluationCase> loadCasesOfDossier(UUID dossierId);

    Optional<EvaluationCase> loadCase(UUID caseId);

    /** These cases, in the order of {@code caseIds} (unknown ids left out), in one query. */
    List<EvaluationCase> loadCases(List<UUID> caseIds);
}
