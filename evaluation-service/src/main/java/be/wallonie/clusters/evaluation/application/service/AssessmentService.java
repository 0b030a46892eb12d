package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.AssessDossierCommand;
import be.wallonie.clusters.evaluation.application.port.in.AssessDossierUseCase;
import be.wallonie.clusters.evaluation.application.port.in.GetAutomaticAssessmentQuery;
import be.wallonie.clusters.evaluation.application.port.out.LoadAutomaticAssessmentPort;
import be.wallonie.clusters.evaluation.domain.criteria.Assessment;
import be.wallonie.clusters.evaluation.domain.criteria.CriteriaEngine;
import be.wallonie.clusters.evaluation.domain.criteria.CriteriaPolicy;
import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Runs the criteria engine with the policy in force, and reads the assessments stored with the cases. */
@ApplicationScoped
public class AssessmentService implements AssessDossierUseCase, GetAutomaticAssessmentQuery {

    private final CriteriaEngine engine;
    private final CriteriaPolicy policy;
    private final LoadAutomaticAssessmentPort load;

    public AssessmentService(CriteriaEngine engine, CriteriaPolicy policy, LoadAutomaticAssessmentPort load) {
        this.engine = engine;
        this.policy = policy;
        this.load = load;
    }

    @Override
    public Assessment assess(AssessDossierCommand command) {
        return engine.assess(command.snapshot(), policy);
    }

    @Override
    public Optional<AutomaticAssessment> automaticAssessmentOfCase(UUID caseId) {
        return load.loadAutomaticAssessment(caseId);
    }
}
