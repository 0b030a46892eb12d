package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;

public interface OpenEvaluationCaseUseCase {

    /** Opens the case, or returns the one already open for this snapshot. */
    EvaluationCase openEvaluationCase(OpenEvaluationCaseCommand command);
}
