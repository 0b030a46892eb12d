package be.wallonie.clusters.evaluation.domain.evaluationcase;

import be.wallonie.clusters.evaluation.domain.criteria.Assessment;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The criteria engine's assessment of the snapshot an evaluation case judges, computed once when
 * the case opened. It informs the experts and never decides alone (domain.md §2); the assessment
 * carries the policy version that produced it.
 *
 * @param caseId     the evaluation case (one automatic assessment per case)
 * @param computedAt when the engine ran
 */
public record AutomaticAssessment(UUID caseId, Instant computedAt, Assessment assessment) {

    public AutomaticAssessment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(assessment, "assessment");
    }
}
