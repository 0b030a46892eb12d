package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import java.util.Optional;
import java.util.UUID;

/** The findings written on stored reports, each version kept (the audit trail). */
public interface PolicyEvaluationFindingsPort {

    /**
     * The current findings of a stored report ({@link PolicyEvaluationFindings#none} when nothing is written), or empty
     * when there is no such report. With {@code forUpdate}, concurrent writers of the same report wait for this
     * transaction.
     */
    Optional<PolicyEvaluationFindings> loadFindings(UUID evaluationId, boolean forUpdate);

    /**
     * Stores a new version (its version is the previous one plus one) and appends it to the history with what was done.
     *
     * @throws ConflictingChangeException when another transaction stored that version first
     */
    void saveFindings(PolicyEvaluationFindings findings, PolicyEvaluationFindings.Action action);

    /** The versions written, newest first. */
    Page<PolicyEvaluationFindings.HistoryEntry> findingsHistory(UUID evaluationId, int page, int size);
}
