package be.wallonie.clusters.evaluation.domain.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The automatic result of one criterion: the outcome, the indicators computed, the thresholds
 * used and a bilingual explanation citing the seed's rule.
 */
public record CriterionResult(
        Criterion criterion,
        Outcome outcome,
        List<Indicator> indicators,
        List<Threshold> thresholds,
        LocalizedText explanation) {

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
        indicators = List.copyOf(indicators);
        thresholds = List.copyOf(thresholds);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The value of an indicator that must be present. */
    public BigDecimal value(String code) {
        return indicator(code).map(Indicator::value)
                .orElseThrow(() -> new NoSuchElementException(criterion + " has no indicator " + code));
    }

    public Optional<Threshold> threshold(String code) {
        return thresholds.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
