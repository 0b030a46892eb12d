package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;

/** The Comité's secretariat has the policy evaluated over a period: the report is computed once and kept. */
public interface CreatePolicyEvaluationUseCase {

    StoredPolicyEvaluation createPolicyEvaluation(CreatePolicyEvaluationCommand command);
}
