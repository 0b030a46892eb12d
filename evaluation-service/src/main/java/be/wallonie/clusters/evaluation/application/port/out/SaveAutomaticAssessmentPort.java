package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;

public interface SaveAutomaticAssessmentPort {

    /** Stores the assessment of a case, in the transaction that opens the case. */
    void saveAutomaticAssessment(AutomaticAssessment assessment);
}
