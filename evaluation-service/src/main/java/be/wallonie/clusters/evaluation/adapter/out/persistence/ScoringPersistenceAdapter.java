package be.wallonie.clusters.evaluation.adapter.out.persistence;

import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.bind;
import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.instant;
import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.number;

import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.out.OpinionsPort;
import be.wallonie.clusters.evaluation.application.port.out.ScoreSheetsPort;
import be.wallonie.clusters.evaluation.domain.scoring.Opinion;
import be.wallonie.clusters.evaluation.domain.scoring.OpinionOutcome;
import be.wallonie.clusters.evaluation.domain.scoring.ScoreSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Score sheets (voided ones kept) and opinions. */
@ApplicationScoped
class ScoringPersistenceAdapter implements ScoreSheetsPort, OpinionsPort {

    private static final String SHEET = "select id, version, case_id, expert_id, scores::text, updated_at, submitted_at, voided_at, "
            + "void_reason from score_sheet ";

    private final EntityManager em;

    ScoringPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ScoreSheet> currentSheet(UUID caseId, UUID expertId) {
        List<Object[]> rows = em.createNativeQuery(SHEET + "where case_id = :c and expert_id = :e and voided_at is null")
                .setParameter("c", caseId).setParameter("e", expertId).getResultList();
        return rows.stream().findFirst().map(ScoringPersistenceAdapter::sheet);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ScoreSheet> sheetsOfCase(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery(SHEET + "where case_id = :c order by updated_at, id").setParameter("c", caseId)
                .getResultList();
        return rows.stream().map(ScoringPersistenceAdapter::sheet).toList();
    }

    @Override
    public ScoreSheet saveSheet(ScoreSheet s) {
        var update = em.createNativeQuery("""
                update score_sheet set version = version + 1, scores = cast(:scores as jsonb), updated_at = :u, submitted_at = :s
                where id = :id and version = :v and voided_at is null""")
                .setParameter("scores", ComiteDocuments.scores(s.scores())).setParameter("u", s.updatedAt())
                .setParameter("id", s.id()).setParameter("v", s.version());
        int updated = bind(update, "s", s.submittedAt(), Instant.class).executeUpdate();
        if (updated == 0) {
            Number exists = (Number) em.createNativeQuery("select count(*) from score_sheet where id = :id").setParameter("id", s.id())
                    .getSingleResult();
            if (exists.longValue() > 0) {
                throw Refusal.stale("La grille de scores / The score sheet", s.version(), s.version() + 1);
            }
            var insert = em.createNativeQuery("""
                    insert into score_sheet (id, version, case_id, expert_id, scores, updated_at, submitted_at)
                    values (:id, 0, :c, :e, cast(:scores as jsonb), :u, :s)""")
                    .setParameter("id", s.id()).setParameter("c", s.caseId()).setParameter("e", s.expertId())
                    .setParameter("scores", ComiteDocuments.scores(s.scores())).setParameter("u", s.updatedAt());
            bind(insert, "s", s.submittedAt(), Instant.class).executeUpdate();
        }
        return currentSheet(s.caseId(), s.expertId()).orElseThrow();
    }

    @Override
    public void voidSheet(UUID caseId, UUID expertId, Instant at, String reason) {
        em.createNativeQuery("""
                update score_sheet set voided_at = :at, void_reason = :r where case_id = :c and expert_id = :e and voided_at is null""")
                .setParameter("at", at).setParameter("r", reason).setParameter("c", caseId).setParameter("e", expertId).executeUpdate();
    }

    private static ScoreSheet sheet(Object[] r) {
        return new ScoreSheet((UUID) r[0], (UUID) r[2], (UUID) r[3], ComiteDocuments.scores((String) r[4]), instant(r[5]),
                instant(r[6]), instant(r[7]), (String) r[8], number(r[1]));
    }

    @Override
    public boolean saveOpinion(Opinion o) {
        return em.createNativeQuery("""
                insert into opinion (id, case_id, outcome, findings, conditions, unmet_reasons, policy_version, consensus_method,
                                     issued_at, issued_by)
                values (:id, :c, :o, cast(:f as jsonb), cast(:cond as jsonb), cast(:u as jsonb), :pv, :cm, :at, :by)
                on conflict on constraint opinion_one_per_case do nothing""")
                .setParameter("id", o.id()).setParameter("c", o.caseId()).setParameter("o", o.outcome().name())
                .setParameter("f", ComiteDocuments.findings(o.findings())).setParameter("cond", ComiteDocuments.conditions(o.conditions()))
                .setParameter("u", ComiteDocuments.findings(o.unmetReasons())).setParameter("pv", o.policyVersion())
                .setParameter("cm", o.consensusMethod()).setParameter("at", o.issuedAt()).setParameter("by", o.issuedBy())
                .executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Opinion> opinionOfCase(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, outcome, findings::text, conditions::text, unmet_reasons::text, policy_version, consensus_method, issued_at,
                       issued_by from opinion where case_id = :c""").setParameter("c", caseId).getResultList();
        return rows.stream().findFirst().map(r -> new Opinion((UUID) r[0], caseId, OpinionOutcome.valueOf((String) r[1]),
                ComiteDocuments.findings((String) r[2]), ComiteDocuments.conditions((String) r[3]), ComiteDocuments.findings((String) r[4]),
                (String) r[5], (String) r[6], instant(r[7]), (String) r[8]));
    }
}
