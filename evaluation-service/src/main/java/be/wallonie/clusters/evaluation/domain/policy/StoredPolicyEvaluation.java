package be.wallonie.clusters.evaluation.domain.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A policy evaluation report as stored: computed once, at {@code computedAt}, at the request of {@code computedBy}. */
public record StoredPolicyEvaluation(UUID id, Instant computedAt, String computedBy, PolicyEvaluationReport report) {

    public StoredPolicyEvaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(computedBy, "computedBy");
        Objects.requireNonNull(report, "report");
    }
}
