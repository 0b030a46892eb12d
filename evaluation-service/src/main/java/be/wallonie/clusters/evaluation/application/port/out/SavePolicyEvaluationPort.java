package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;

public interface SavePolicyEvaluationPort {

    void savePolicyEvaluation(StoredPolicyEvaluation evaluation);
}
