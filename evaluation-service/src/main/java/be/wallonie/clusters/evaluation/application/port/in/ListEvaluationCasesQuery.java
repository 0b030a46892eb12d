package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ListEvaluationCasesQuery {

    List<EvaluationCase> casesOfDossier(UUID dossierId);

    Optional<EvaluationCase> evaluationCase(UUID caseId);
}
