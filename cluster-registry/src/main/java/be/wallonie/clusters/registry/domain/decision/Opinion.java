package be.wallonie.clusters.registry.domain.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The Comité's opinion on one snapshot of a dossier, as it arrived: the registry stores it with the dossier
 * and the Region decides with it in view. Experts stay anonymous.
 *
 * @param opinionId       the Comité's opinion
 * @param caseId          the Comité's evaluation case
 * @param snapshotVersion the snapshot the opinion is about
 * @param outcome         favourable, favourable with conditions, unfavourable
 * @param findings        the panel's consensus per criterion
 * @param conditions      the conditions of a favourable-with-conditions opinion
 * @param issuedAt        when the Comité issued it
 * @param policyVersion   the criteria policy version the Comité's automatic assessment applied (null for opinions received
 *                        before the registry kept it)
 * @param consensusMethod how the panel's consensus score was computed, MEDIAN or MEAN (null when the event did not say)
 * @param metThreshold    the consensus score at which a criterion is met (null when the event did not say)
 */
public record Opinion(UUID opinionId, UUID caseId, int snapshotVersion, OpinionOutcome outcome, List<Finding> findings,
        List<String> conditions, Instant issuedAt, String policyVersion, String consensusMethod, BigDecimal metThreshold) {

    /** An opinion without its explanation (method, threshold, policy version). */
    public Opinion(UUID opinionId, UUID caseId, int snapshotVersion, OpinionOutcome outcome, List<Finding> findings,
            List<String> conditions, Instant issuedAt) {
        this(opinionId, caseId, snapshotVersion, outcome, findings, conditions, issuedAt, null, null, null);
    }

    public Opinion {
        Objects.requireNonNull(opinionId, "opinion id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(issuedAt, "issued at");
        findings = List.copyOf(findings);
        conditions = List.copyOf(conditions);
    }

    /** The consensus on one criterion: met or not, the score, the majority's and any minority's view. */
    public record Finding(String criterion, boolean met, BigDecimal consensusScore, String majorityView, String minorityView) {
    }
}
