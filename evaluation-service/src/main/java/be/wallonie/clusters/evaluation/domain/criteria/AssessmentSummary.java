package be.wallonie.clusters.evaluation.domain.criteria;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per outcome and whether every necessary criterion is satisfied. It summarises the
 * automatic results only: experts decide (domain.md §2).
 */
public record AssessmentSummary(int satisfied, int notSatisfied, int needsExpertJudgement,
                                boolean allNecessarySatisfied, int warnings) {

    static AssessmentSummary of(List<CriterionResult> results, int warnings) {
        int satisfied = 0;
        int notSatisfied = 0;
        int needs = 0;
        boolean allNecessary = true;
        for (CriterionResult r : results) {
            switch (r.outcome()) {
                case SATISFIED -> satisfied++;
                case NOT_SATISFIED -> notSatisfied++;
                case NEEDS_EXPERT_JUDGEMENT -> needs++;
            }
            if (r.criterion().necessary() && r.outcome() != Outcome.SATISFIED) {
                allNecessary = false;
            }
        }
        return new AssessmentSummary(satisfied, notSatisfied, needs, allNecessary, warnings);
    }

    /** The counts as a map in {@link Outcome} order. */
    public Map<Outcome, Integer> countByOutcome() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        counts.put(Outcome.SATISFIED, satisfied);
        counts.put(Outcome.NOT_SATISFIED, notSatisfied);
        counts.put(Outcome.NEEDS_EXPERT_JUDGEMENT, needsExpertJudgement);
        return Collections.unmodifiableMap(counts);
    }

    /** Whether some necessary criterion is automatically not satisfied. */
    public boolean anyNotSatisfied() {
        return notSatisfied > 0;
    }
}
