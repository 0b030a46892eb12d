package be.wallonie.clusters.evaluation.domain.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The Comité's opinion on one evaluation case, issued once.
 *
 * @param policyVersion   the criteria policy version of the case's automatic assessment
 * @param consensusMethod how the consensus score was computed and the threshold, e.g. {@code MEDIAN>=3}
 * @param unmetReasons    for each unmet necessary criterion, the panel's reasons (an unfavourable opinion's "why")
 */
public record Opinion(UUID id, UUID caseId, OpinionOutcome outcome, List<Finding> findings, List<Condition> conditions,
        List<Finding> unmetReasons, String policyVersion, String consensusMethod, Instant issuedAt, String issuedBy) {

    public Opinion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(issuedAt, "issuedAt");
        findings = List.copyOf(findings);
        conditions = List.copyOf(conditions);
        unmetReasons = List.copyOf(unmetReasons);
    }

    /** The consensus method alone ({@code MEDIAN} or {@code MEAN}) of {@link #consensusMethod()} ({@code MEDIAN>=3}). */
    public String method() {
        int at = consensusMethod == null ? -1 : consensusMethod.indexOf(">=");
        return at < 0 ? consensusMethod : consensusMethod.substring(0, at);
    }

    /** The met threshold of {@link #consensusMethod()}, or null when it names none. */
    public BigDecimal metThreshold() {
        int at = consensusMethod == null ? -1 : consensusMethod.indexOf(">=");
        return at < 0 ? null : new BigDecimal(consensusMethod.substring(at + 2));
    }
}
