package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.adapter.out.persistence.AssessmentDocuments.ResultDoc;
import be.wallonie.clusters.evaluation.adapter.out.persistence.AssessmentDocuments.RoutingDoc;
import be.wallonie.clusters.evaluation.adapter.out.persistence.AssessmentDocuments.WarningDoc;
import be.wallonie.clusters.evaluation.application.port.out.LoadAutomaticAssessmentPort;
import be.wallonie.clusters.evaluation.application.port.out.SaveAutomaticAssessmentPort;
import be.wallonie.clusters.evaluation.domain.criteria.Assessment;
import be.wallonie.clusters.evaluation.domain.criteria.AssessmentSummary;
import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AutomaticAssessmentPersistenceAdapter implements SaveAutomaticAssessmentPort, LoadAutomaticAssessmentPort {

    private final EntityManager em;

    AutomaticAssessmentPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void saveAutomaticAssessment(AutomaticAssessment stored) {
        Assessment a = stored.assessment();
        AutomaticAssessmentEntity e = new AutomaticAssessmentEntity();
        e.caseId = stored.caseId();
        e.policyVersion = a.policyVersion();
        e.computedAt = stored.computedAt();
        e.appliedForScheme = a.routing().appliedFor().name();
        e.routedScheme = a.routing().route().name();
        e.satisfiedCount = a.summary().satisfied();
        e.notSatisfiedCount = a.summary().notSatisfied();
        e.needsExpertJudgementCount = a.summary().needsExpertJudgement();
        e.allNecessarySatisfied = a.summary().allNecessarySatisfied();
        e.warningCount = a.summary().warnings();
        e.routing = AssessmentDocuments.write(RoutingDoc.of(a.routing()));
        e.results = AssessmentDocuments.write(a.results().stream().map(ResultDoc::of).toList());
        e.warnings = AssessmentDocuments.write(a.warnings().stream().map(WarningDoc::of).toList());
        em.persist(e);
    }

    @Override
    public Optional<AutomaticAssessment> loadAutomaticAssessment(UUID caseId) {
        return Optional.ofNullable(em.find(AutomaticAssessmentEntity.class, caseId))
                .map(AutomaticAssessmentPersistenceAdapter::toDomain);
    }

    static AutomaticAssessment toDomain(AutomaticAssessmentEntity e) {
        Assessment assessment = new Assessment(e.policyVersion,
                AssessmentDocuments.read(e.results, AssessmentDocuments.RESULTS).stream().map(ResultDoc::toDomain).toList(),
                AssessmentDocuments.read(e.routing, RoutingDoc.class)
                        .toDomain(Scheme.valueOf(e.routedScheme), Scheme.valueOf(e.appliedForScheme)),
                AssessmentDocuments.read(e.warnings, AssessmentDocuments.WARNINGS).stream().map(WarningDoc::toDomain).toList(),
                new AssessmentSummary(e.satisfiedCount, e.notSatisfiedCount, e.needsExpertJudgementCount,
                        e.allNecessarySatisfied, e.warningCount));
        return new AutomaticAssessment(e.caseId, e.computedAt, assessment);
    }
}
