package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import java.util.Objects;
import java.util.UUID;

/** The Comité's secretariat marks a report final: its findings and recommendations no longer change. */
public interface FinalisePolicyEvaluationUseCase {

    PolicyEvaluationFindings finalisePolicyEvaluation(FinalisePolicyEvaluationCommand command);

    record FinalisePolicyEvaluationCommand(UUID evaluationId, long expectedVersion, String finalisedBy) {
        public FinalisePolicyEvaluationCommand {
            Objects.requireNonNull(evaluationId, "evaluationId");
            Objects.requireNonNull(finalisedBy, "finalisedBy");
        }
    }
}
