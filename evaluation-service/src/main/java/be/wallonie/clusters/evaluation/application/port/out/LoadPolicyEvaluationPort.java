package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import java.util.Optional;
import java.util.UUID;

public interface LoadPolicyEvaluationPort {

    Optional<StoredPolicyEvaluation> loadPolicyEvaluation(UUID id);

    /** Newest first. */
    Page<StoredPolicyEvaluation> loadPolicyEvaluations(int page, int size);
}
