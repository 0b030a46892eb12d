package be.wallonie.clusters.evaluation.domain.scoring;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The panel's consensus on one criterion: the consensus score, met or not, the majority's reasoning and
 * any minority view. Anonymous: no expert is named.
 */
public record Finding(Criterion criterion, boolean met, BigDecimal consensusScore, String majorityView, String minorityView) {

    public Finding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(consensusScore, "consensusScore");
        Objects.requireNonNull(majorityView, "majorityView");
    }
}
