package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.application.port.out.LoadEvaluationCasePort;
import be.wallonie.clusters.evaluation.application.port.out.SaveEvaluationCasePort;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

@ApplicationScoped
class EvaluationCasePersistenceAdapter implements LoadEvaluationCasePort, SaveEvaluationCasePort {

    private final EntityManager em;

    EvaluationCasePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<EvaluationCase> loadCasesOfDossier(UUID dossierId) {
        return em.createQuery("from EvaluationCaseEntity where dossierId = :d order by round", EvaluationCaseEntity.class)
                .setParameter("d", dossierId)
                .getResultStream().map(EvaluationCasePersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<EvaluationCase> loadCase(UUID caseId) {
        return Optional.ofNullable(em.find(EvaluationCaseEntity.class, caseId)).map(EvaluationCasePersistenceAdapter::toDomain);
    }

    @Override
    public List<EvaluationCase> loadCases(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, EvaluationCase> found = em.createQuery("from EvaluationCaseEntity where id in :ids", EvaluationCaseEntity.class)
                .setParameter("ids", caseIds).getResultStream().map(EvaluationCasePersistenceAdapter::toDomain)
                .collect(Collectors.toMap(EvaluationCase::id, Function.identity()));
        return caseIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public void saveCase(EvaluationCase c, Submission submission) {
        EvaluationCaseEntity e = new EvaluationCaseEntity();
        e.id = c.id();
        e.dossierId = c.dossierId();
        e.snapshotVersion = c.snapshotVersion();
        e.round = c.round();
        e.status = c.status().name();
        e.openedAt = c.openedAt();
        e.snapshot = c.snapshotDocument();
        e.callId = submission.callId();
        e.sessionId = submission.sessionId();
        e.scheme = submission.scheme();
        e.submittedAt = submission.submittedAt();
        em.persist(e);
    }

    @Override
    public void changeStatus(UUID caseId, EvaluationCase.CaseStatus from, EvaluationCase.CaseStatus to) {
        em.createQuery("update EvaluationCaseEntity set status = :to where id = :id and status = :from")
                .setParameter("to", to.name()).setParameter("from", from.name()).setParameter("id", caseId).executeUpdate();
    }

    @Override
    public void closeOpenCase(UUID caseId, EvaluationCase.CaseStatus to, String reason) {
        em.createQuery("update EvaluationCaseEntity set status = :to, closedReason = :reason where id = :id and status = 'OPEN'")
                .setParameter("to", to.name()).setParameter("reason", reason).setParameter("id", caseId).executeUpdate();
    }

    static EvaluationCase toDomain(EvaluationCaseEntity e) {
        return new EvaluationCase(e.id, e.dossierId, e.snapshotVersion, e.round, EvaluationCase.CaseStatus.valueOf(e.status),
                e.openedAt, e.snapshot, e.closedReason);
    }
}
