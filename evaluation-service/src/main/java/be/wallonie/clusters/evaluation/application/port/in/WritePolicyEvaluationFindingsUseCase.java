package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import java.util.Objects;
import java.util.UUID;

/**
 * The Comité's secretariat writes the findings and recommendations on a computed report, in French and/or English,
 * against the version it read; refused (nothing changed) once the report is final.
 */
public interface WritePolicyEvaluationFindingsUseCase {

    PolicyEvaluationFindings writeFindings(WritePolicyEvaluationFindingsCommand command);

    record WritePolicyEvaluationFindingsCommand(UUID evaluationId, long expectedVersion, PolicyEvaluationFindings.Texts findings,
            PolicyEvaluationFindings.Texts recommendations, String writtenBy) {
        public WritePolicyEvaluationFindingsCommand {
            Objects.requireNonNull(evaluationId, "evaluationId");
            Objects.requireNonNull(writtenBy, "writtenBy");
        }
    }
}
