package be.wallonie.clusters.evaluation.domain.scoring;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of an opinion from the findings (domain.md §4): every necessary criterion met →
 * {@code FAVOURABLE} (or {@code FAVOURABLE_WITH_CONDITIONS} when the secretariat still lists conditions);
 * each unmet necessary criterion answered by a condition <em>and</em> scored by the panel at least the
 * condition floor → {@code FAVOURABLE_WITH_CONDITIONS} with the conditions listed; otherwise {@code UNFAVOURABLE},
 * with the reasons of each unmet criterion. The floor keeps the secretariat from turning a failed consensus
 * (e.g. 0/5 everywhere) into a favourable opinion by writing conditions.
 *
 * @param conditionFloor the lowest consensus score (out of 5) an unmet criterion may have and still be answered
 *                       by a condition; configuration, default 2
 */
public record OpinionOutcomePolicy(BigDecimal conditionFloor) {

    public static final BigDecimal DEFAULT_CONDITION_FLOOR = BigDecimal.valueOf(2);

    public OpinionOutcomePolicy {
        Objects.requireNonNull(conditionFloor, "conditionFloor");
        if (conditionFloor.signum() < 0 || conditionFloor.compareTo(BigDecimal.valueOf(CriterionScore.MAX)) > 0) {
            throw new IllegalArgumentException("the condition floor is between 0 and 5");
        }
    }

    public OpinionOutcomePolicy() {
        this(DEFAULT_CONDITION_FLOOR);
    }

    /** The decided outcome, the conditions kept, and the reasons per unmet criterion (for an unfavourable opinion). */
    public record Decision(OpinionOutcome outcome, List<Condition> conditions, List<Finding> unmet) {
    }

    /**
     * The positions (0-based) of the conditions that name a criterion the panel found met: a condition answers
     * an unmet criterion or is general, so these are refused before deciding.
     */
    public List<Integer> conditionsOnMetCriteria(List<Finding> findings, List<Condition> conditions) {
        Map<Criterion, Finding> byCriterion = findings.stream().collect(Collectors.toMap(Finding::criterion, Function.identity()));
        List<Integer> misplaced = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            Criterion c = conditions.get(i).criterion();
            if (c != null && byCriterion.containsKey(c) && byCriterion.get(c).met()) {
                misplaced.add(i);
            }
        }
        return List.copyOf(misplaced);
    }

    public Decision decide(List<Finding> findings, List<Condition> conditions) {
        List<Finding> unmet = findings.stream().filter(f -> f.criterion().necessary() && !f.met()).toList();
        Set<Criterion> conditioned = conditions.stream().map(Condition::criterion).filter(c -> c != null).collect(Collectors.toSet());
        boolean everyUnmetConditionable = unmet.stream()
                .allMatch(f -> conditioned.contains(f.criterion()) && f.consensusScore().compareTo(conditionFloor) >= 0);
        if (unmet.isEmpty()) {
            return conditions.isEmpty() ? new Decision(OpinionOutcome.FAVOURABLE, List.of(), List.of())
                    : new Decision(OpinionOutcome.FAVOURABLE_WITH_CONDITIONS, List.copyOf(conditions), List.of());
        }
        if (everyUnmetConditionable) {
            return new Decision(OpinionOutcome.FAVOURABLE_WITH_CONDITIONS, List.copyOf(conditions), unmet);
        }
        return new Decision(OpinionOutcome.UNFAVOURABLE, List.of(), unmet);
    }
}
