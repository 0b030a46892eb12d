package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import java.util.Optional;
import java.util.UUID;

/** The stored policy evaluation reports, newest first. */
public interface ReadPolicyEvaluationsQuery {

    Page<StoredPolicyEvaluation> policyEvaluations(int page, int size);

    Optional<StoredPolicyEvaluation> policyEvaluation(UUID id);

    /** The findings written on a report (version 0 when none), or empty when there is no such report. */
    Optional<PolicyEvaluationFindings> findings(UUID id);

    /** Every version of a report's findings, newest first (the audit trail); empty when there is no such report. */
    Optional<Page<PolicyEvaluationFindings.HistoryEntry>> findingsHistory(UUID id, int page, int size);
}
