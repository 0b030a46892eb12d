package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import java.util.Optional;
import java.util.UUID;

/** The stored policy evaluation reports, newest first. */
public interface ReadPolicyEvaluationsQuery {

    Page<StoredPolicyEvaluation> policyEvaluations(int page, int size);

    Optional<StoredPolicyEvaluation> policyEvaluation(UUID id);
}
