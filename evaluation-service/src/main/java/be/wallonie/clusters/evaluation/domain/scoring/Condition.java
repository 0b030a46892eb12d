package be.wallonie.clusters.evaluation.domain.scoring;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.util.Objects;

/**
 * A condition the secretariat attaches to a favourable opinion.
 *
 * @param criterion the unmet criterion the condition answers, or {@code null} for a general condition
 */
public record Condition(Criterion criterion, String text) {

    public Condition {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a condition says what is required");
        }
    }

    /** As the event carries it: "CRITERION: text", or the text alone for a general condition. */
    public String asText() {
        return criterion == null ? text.strip() : criterion.name() + ": " + text.strip();
    }
}
