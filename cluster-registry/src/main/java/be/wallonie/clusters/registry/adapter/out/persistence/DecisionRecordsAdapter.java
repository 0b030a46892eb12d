package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;
import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadAnimatorEmployerPort;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.decision.OpinionOutcome;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opinions, decisions, animateur posts and agréments, in plain SQL in the caller's transaction. */
@ApplicationScoped
class DecisionRecordsAdapter implements DecisionRecordsPort, LoadAnimatorEmployerPort {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    DecisionRecordsAdapter(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean saveOpinion(DossierId dossier, Opinion o) {
        int inserted = em.createNativeQuery("""
                insert into dossier_opinion (opinion_id, dossier_id, case_id, snapshot_version, outcome, findings, conditions,
                    issued_at, received_at, policy_version, consensus_method, met_threshold)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, cast(cast(?12 as text) as numeric)) on conflict (opinion_id) do nothing""")
                .setParameter(1, o.opinionId()).setParameter(2, dossier.value()).setParameter(3, o.caseId())
                .setParameter(4, o.snapshotVersion()).setParameter(5, o.outcome().name()).setParameter(6, write(o.findings()))
                .setParameter(7, write(o.conditions())).setParameter(8, Timestamp.from(o.issuedAt()))
                .setParameter(9, Timestamp.from(clock.instant()))
                .setParameter(10, o.policyVersion()).setParameter(11, o.consensusMethod())
                // as text: a null threshold (an older event) binds as a typed null
                .setParameter(12, o.metThreshold() == null ? null : o.metThreshold().toPlainString()).executeUpdate();
        return inserted == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Opinion> opinionOn(DossierId dossier, int snapshotVersion) {
        List<Object[]> rows = em.createNativeQuery(OPINION_COLUMNS
                        + "where dossier_id = ?1 and snapshot_version = ?2 order by issued_at desc limit 1")
                .setParameter(1, dossier.value()).setParameter(2, snapshotVersion).getResultList();
        return rows.stream().findFirst().map(this::opinion);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Opinion> opinion(DossierId dossier, UUID opinionId) {
        List<Object[]> rows = em.createNativeQuery(OPINION_COLUMNS + "where dossier_id = ?1 and opinion_id = ?2")
                .setParameter(1, dossier.value()).setParameter(2, opinionId).getResultList();
        return rows.stream().findFirst().map(this::opinion);
    }

    private static final String OPINION_COLUMNS = """
            select opinion_id, case_id, snapshot_version, outcome, findings, conditions, issued_at,
                   policy_version, consensus_method, met_threshold from dossier_opinion
            """;

    private Opinion opinion(Object[] r) {
        return new Opinion((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                OpinionOutcome.valueOf((String) r[3]), read((String) r[4], new TypeReference<List<Opinion.Finding>>() { }),
                read((String) r[5], new TypeReference<List<String>>() { }), instant(r[6]), (String) r[7], (String) r[8],
                (BigDecimal) r[9]);
    }

    @Override
    public void saveDecision(DossierId dossier, Decision d) {
        em.createNativeQuery("""
                insert into dossier_decision (id, dossier_id, snapshot_version, outcome, opinion_id, opinion, departs_from_opinion,
                    justification, decided_by, decided_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, d.id()).setParameter(2, dossier.value()).setParameter(3, d.snapshotVersion())
                .setParameter(4, d.outcome().name()).setParameter(5, d.opinionId()).setParameter(6, d.opinion().name())
                .setParameter(7, d.departsFromOpinion()).setParameter(8, d.justification()).setParameter(9, d.decidedBy())
                .setParameter(10, Timestamp.from(d.decidedAt())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Decision> decisionsOf(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, snapshot_version, outcome, opinion_id, opinion, departs_from_opinion, justification, decided_by, decided_at
                from dossier_decision where dossier_id = ?1 order by decided_at""").setParameter(1, dossier.value()).getResultList();
        return rows.stream().map(r -> new Decision((UUID) r[0], ((Number) r[1]).intValue(), Decision.Outcome.valueOf((String) r[2]),
                (UUID) r[3], OpinionOutcome.valueOf((String) r[4]), (Boolean) r[5], (String) r[6], (String) r[7], instant(r[8]))).toList();
    }

    @Override
    public void saveAnimatorPost(DossierId dossier, AnimatorPost p, String by) {
        em.createNativeQuery("""
                insert into dossier_animator_post (dossier_id, employer_organisation_id, fte, start_date, yearly_cost,
                    private_contributions_per_year, updated_by, updated_at, animator_name)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (dossier_id) do update set employer_organisation_id = excluded.employer_organisation_id,
                    fte = excluded.fte, start_date = excluded.start_date, yearly_cost = excluded.yearly_cost,
                    private_contributions_per_year = excluded.private_contributions_per_year, updated_by = excluded.updated_by,
                    animator_name = excluded.animator_name,
                    updated_at = excluded.updated_at""")
                .setParameter(1, dossier.value()).setParameter(2, p.employerOrganisationId()).setParameter(3, p.fte())
                .setParameter(4, Date.valueOf(p.startDate())).setParameter(5, p.yearlyCost())
                .setParameter(6, p.privateContributionsPerYear()).setParameter(7, by).setParameter(8, Timestamp.from(clock.instant()))
                .setParameter(9, p.animatorName())
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<AnimatorPost> animatorPostOf(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("""
                select employer_organisation_id, fte, start_date, yearly_cost, private_contributions_per_year, animator_name
                from dossier_animator_post where dossier_id = ?1""").setParameter(1, dossier.value()).getResultList();
        return rows.stream().findFirst().map(r -> new AnimatorPost((UUID) r[0], (BigDecimal) r[1], date(r[2]), (BigDecimal) r[3],
                (BigDecimal) r[4], (String) r[5]));
    }

    @Override
    public void saveFundedBeneficiary(DossierId dossier, FundedBeneficiary b, String by) {
        em.createNativeQuery("""
                insert into dossier_funded_beneficiary (dossier_id, organisation_id, yearly_eligible_costs, updated_by, updated_at)
                    values (?1, ?2, cast(cast(?3 as text) as numeric), ?4, ?5)
                on conflict (dossier_id) do update set organisation_id = excluded.organisation_id,
                    yearly_eligible_costs = excluded.yearly_eligible_costs, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .setParameter(1, dossier.value()).setParameter(2, b.organisationId())
                // as text: a pole's null costs bind as a typed null
                .setParameter(3, b.yearlyEligibleCosts() == null ? null : b.yearlyEligibleCosts().toPlainString())
                .setParameter(4, by).setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<FundedBeneficiary> fundedBeneficiaryOf(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("""
                select organisation_id, yearly_eligible_costs from dossier_funded_beneficiary where dossier_id = ?1""")
                .setParameter(1, dossier.value()).getResultList();
        return rows.stream().findFirst().map(r -> new FundedBeneficiary((UUID) r[0], (BigDecimal) r[1]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<UUID> animatorEmployerOf(DossierId dossier) {
        List<Object> rows = em.createNativeQuery("select employer_organisation_id from dossier_animator_post where dossier_id = ?1")
                .setParameter(1, dossier.value()).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    @Override
    public void saveAgrement(Agrement a) {
        em.createNativeQuery("""
                insert into agrement (id, dossier_id, period_number, start_date, end_date, status, decision_id, granted_by, granted_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, a.id()).setParameter(2, a.dossierId()).setParameter(3, a.periodNumber())
                .setParameter(4, Date.valueOf(a.start())).setParameter(5, Date.valueOf(a.end())).setParameter(6, a.status().name())
                .setParameter(7, a.decisionId()).setParameter(8, a.grantedBy()).setParameter(9, Timestamp.from(a.grantedAt()))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Agrement> agrementsOf(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, period_number, start_date, end_date, status, decision_id, granted_by, granted_at from agrement
                where dossier_id = ?1 order by period_number""").setParameter(1, dossier.value()).getResultList();
        return rows.stream().map(r -> new Agrement((UUID) r[0], dossier.value(), ((Number) r[1]).intValue(), date(r[2]), date(r[3]),
                Agrement.Status.valueOf((String) r[4]), (UUID) r[5], (String) r[6], instant(r[7]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Agrement> lockActiveAgrementsEndingBefore(LocalDate day, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, dossier_id, period_number, start_date, end_date, status, decision_id, granted_by, granted_at from agrement
                where status = 'ACTIVE' and end_date < ?1 order by end_date limit ?2 for update skip locked""")
                .setParameter(1, Date.valueOf(day)).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Agrement((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), date(r[3]), date(r[4]),
                Agrement.Status.valueOf((String) r[5]), (UUID) r[6], (String) r[7], instant(r[8]))).toList();
    }

    @Override
    public void changeAgrementStatus(Agrement a, Agrement.Status status, String by, Instant at) {
        em.createNativeQuery("update agrement set status = ?1, status_changed_by = ?2, status_changed_at = ?3, version = version + 1 "
                + "where id = ?4").setParameter(1, status.name()).setParameter(2, by).setParameter(3, Timestamp.from(at))
                .setParameter(4, a.id()).executeUpdate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
