package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import java.util.UUID;

public interface SaveEvaluationCasePort {

    void saveCase(EvaluationCase evaluationCase);

    /** Moves the case to {@code to} only if it is still in {@code from} (a racing change of status wins). */
    void changeStatus(UUID caseId, EvaluationCase.CaseStatus from, EvaluationCase.CaseStatus to);

    /** Closes the case as {@code to} with the reason, only if it is still OPEN. */
    void closeOpenCase(UUID caseId, EvaluationCase.CaseStatus to, String reason);
}
