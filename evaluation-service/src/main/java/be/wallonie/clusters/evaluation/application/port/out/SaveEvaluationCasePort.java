package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;

public interface SaveEvaluationCasePort {

    void saveCase(EvaluationCase evaluationCase);
}
