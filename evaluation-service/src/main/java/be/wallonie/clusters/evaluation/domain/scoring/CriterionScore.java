package be.wallonie.clusters.evaluation.domain.scoring;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.util.Objects;

/** An expert's score on one criterion (domain.md §4: 0–5 with a written reason). */
public record CriterionScore(Criterion criterion, int score, String reason) {

    public static final int MIN = 0;
    public static final int MAX = 5;

    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(reason, "reason");
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("a score is from 0 to 5: " + score);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a score needs a written reason");
        }
    }
}
