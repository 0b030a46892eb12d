package be.wallonie.clusters.evaluation.domain.scoring;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One expert's scores on one case: a draft until submitted, immutable after. A sheet is voided (kept,
 * marked, with the reason) when its expert leaves the panel, e.g. for a conflict discovered later (§4).
 */
public record ScoreSheet(UUID id, UUID caseId, UUID expertId, List<CriterionScore> scores, Instant updatedAt,
        Instant submittedAt, Instant voidedAt, String voidReason, long version) {

    public ScoreSheet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean voided() {
        return voidedAt != null;
    }

    /** What is wrong with a set of scores: every criterion of domain.md §2 exactly once. Empty when complete. */
    public static List<String> incompleteness(List<CriterionScore> scores) {
        List<String> problems = new ArrayList<>();
        Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
        for (CriterionScore s : scores) {
            if (!seen.add(s.criterion())) {
                problems.add(s.criterion().name() + " scored more than once");
            }
        }
        for (Criterion c : Criterion.values()) {
            if (!seen.contains(c)) {
                problems.add(c.name() + " not scored");
            }
        }
        return problems;
    }

    public ScoreSheet withScores(List<CriterionScore> newScores, Instant now) {
        if (submitted() || voided()) {
            throw new IllegalStateException("a submitted or voided sheet is immutable");
        }
        return new ScoreSheet(id, caseId, expertId, newScores, now, null, null, null, version);
    }

    public ScoreSheet submit(Instant now) {
        if (submitted() || voided()) {
            throw new IllegalStateException("a submitted or voided sheet is immutable");
        }
        return new ScoreSheet(id, caseId, expertId, scores, now, now, null, null, version);
    }

    public ScoreSheet voidFor(String reason, Instant now) {
        return voided() ? this : new ScoreSheet(id, caseId, expertId, scores, updatedAt, submittedAt, now, reason, version);
    }
}
