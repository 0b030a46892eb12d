package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;
import java.util.Optional;
import java.util.UUID;

/** The automatic assessment stored when an evaluation case opened. */
public interface GetAutomaticAssessmentQuery {

    /** Empty when the case does not exist or has no automatic assessment. */
    Optional<AutomaticAssessment> automaticAssessmentOfCase(UUID caseId);
}
