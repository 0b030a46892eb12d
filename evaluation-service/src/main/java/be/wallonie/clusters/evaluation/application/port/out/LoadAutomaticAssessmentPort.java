package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;
import java.util.Optional;
import java.util.UUID;

public interface LoadAutomaticAssessmentPort {

    Optional<AutomaticAssessment> loadAutomaticAssessment(UUID caseId);
}
