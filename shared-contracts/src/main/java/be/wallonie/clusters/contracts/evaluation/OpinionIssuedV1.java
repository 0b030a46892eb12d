package be.wallonie.clusters.contracts.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The Comité issued its opinion on a dossier snapshot. Experts stay anonymous: the opinion carries the
 * panel's findings, never who scored what.
 *
 * @param opinionId       the opinion
 * @param caseId          the evaluation case (round)
 * @param dossierId       the registry's dossier (Kafka key)
 * @param snapshotVersion the snapshot evaluated
 * @param round           the round of the dossier's evaluation
 * @param opinion         {@code FAVOURABLE}, {@code FAVOURABLE_WITH_CONDITIONS} or {@code UNFAVOURABLE}
 * @param findings        one per criterion
 * @param conditions      the conditions of a favourable-with-conditions opinion (empty otherwise)
 * @param policyVersion   the criteria policy version of the automatic assessment
 * @param issuedAt        when
 * @param consensusMethod how the panel's consensus score per criterion was computed: {@code MEDIAN} or {@code MEAN}
 *                        (added in v1, absent from earlier events)
 * @param metThreshold    the consensus score (out of 5) at which a criterion is met (added in v1, absent from earlier events)
 */
public record OpinionIssuedV1(
        UUID opinionId,
        UUID caseId,
        UUID dossierId,
        int snapshotVersion,
        int round,
        String opinion,
        List<Finding> findings,
        List<String> conditions,
        String policyVersion,
        OffsetDateTime issuedAt,
        String consensusMethod,
        BigDecimal metThreshold) {

    /** As before the consensus method and threshold were carried (older producers, tests). */
    public OpinionIssuedV1(UUID opinionId, UUID caseId, UUID dossierId, int snapshotVersion, int round, String opinion,
            List<Finding> findings, List<String> conditions, String policyVersion, OffsetDateTime issuedAt) {
        this(opinionId, caseId, dossierId, snapshotVersion, round, opinion, findings, conditions, policyVersion, issuedAt, null, null);
    }

    /**
     * The panel's consensus on one criterion.
     *
     * @param criterion      {@code BUSINESS_INITIATIVE}, {@code CRITICAL_MASS}, …
     * @param met            whether the criterion is met (default: consensus score at least 3/5)
     * @param consensusScore the consensus score, 0–5
     * @param majorityView   the majority's reasoning
     * @param minorityView   a dissenting view, if any
     */
    public record Finding(String criterion, boolean met, BigDecimal consensusScore, String majorityView, String minorityView) {
    }
}
