package be.wallonie.clusters.evaluation.domain.criteria;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The automatic assessment of a dossier: one result per criterion in {@link Criterion} order, the
 * technology routing, the II.2 risk warnings and a summary, with the policy version that produced
 * it (domain.md: « the API says which policy version produced a result »).
 */
public record Assessment(String policyVersion, List<CriterionResult> results, Routing routing,
                         List<RiskWarning> warnings, AssessmentSummary summary) {

    public Assessment {
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(summary, "summary");
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    public CriterionResult result(Criterion criterion) {
        return results.stream().filter(r -> r.criterion() == criterion).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no result for " + criterion));
    }

    public Outcome outcome(Criterion criterion) {
        return result(criterion).outcome();
    }

    public boolean hasWarning(RiskWarningCode code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }
}
