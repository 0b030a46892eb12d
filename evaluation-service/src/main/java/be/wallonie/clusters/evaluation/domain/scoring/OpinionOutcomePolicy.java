package be.wallonie.clusters.evaluation.domain.scoring;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of an opinion from the findings (domain.md §4): every necessary criterion met →
 * {@code FAVOURABLE} (or {@code FAVOURABLE_WITH_CONDITIONS} when the secretariat still lists conditions);
 * each unmet necessary criterion answered by a condition → {@code FAVOURABLE_WITH_CONDITIONS} with the
 * conditions listed; otherwise {@code UNFAVOURABLE}, with the reasons of each unmet criterion.
 */
public final class OpinionOutcomePolicy {

    /** The decided outcome, the conditions kept, and the reasons per unmet criterion (for an unfavourable opinion). */
    public record Decision(OpinionOutcome outcome, List<Condition> conditions, List<Finding> unmet) {
    }

    public Decision decide(List<Finding> findings, List<Condition> conditions) {
        List<Finding> unmet = findings.stream().filter(f -> f.criterion().necessary() && !f.met()).toList();
        Set<Criterion> conditioned = conditions.stream().map(Condition::criterion).filter(c -> c != null).collect(Collectors.toSet());
        boolean everyUnmetConditioned = unmet.stream().allMatch(f -> conditioned.contains(f.criterion()));
        if (unmet.isEmpty()) {
            return conditions.isEmpty() ? new Decision(OpinionOutcome.FAVOURABLE, List.of(), List.of())
                    : new Decision(OpinionOutcome.FAVOURABLE_WITH_CONDITIONS, List.copyOf(conditions), List.of());
        }
        if (everyUnmetConditioned) {
            return new Decision(OpinionOutcome.FAVOURABLE_WITH_CONDITIONS, List.copyOf(conditions), unmet);
        }
        return new Decision(OpinionOutcome.UNFAVOURABLE, List.of(), unmet);
    }
}
