package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.application.port.out.LoadPolicyFactsPort;
import be.wallonie.clusters.evaluation.application.port.out.SavePolicyFactPort;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The projection's tables (V10): insert-only, a fact already there stays as it was. */
@ApplicationScoped
class PolicyFactsPersistenceAdapter implements SavePolicyFactPort, LoadPolicyFactsPort {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final TypeReference<List<LineDoc>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, BigDecimal>> INDICATORS = new TypeReference<>() {
    };
    private static final TypeReference<PolicyFacts.PlanExecution> PLAN = new TypeReference<>() {
    };

    /** A funding line as stored: the budget year and the Region's amount. */
    record LineDoc(int budgetYear, BigDecimal granted) {
    }

    private final Jdbc jdbc;

    PolicyFactsPersistenceAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveSubmission(PolicyFacts.Submission s, Instant receivedAt) {
        jdbc.update("""
                insert into policy_submission (dossier_id, snapshot_version, scheme, submitted_at, received_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""", s.dossierId(), s.snapshotVersion(), s.scheme(), s.submittedAt(),
                receivedAt);
    }

    @Override
    public void saveOpinion(PolicyFacts.Opinion o, Instant receivedAt) {
        jdbc.update("""
                insert into policy_opinion (opinion_id, case_id, dossier_id, snapshot_version, opinion, issued_at, received_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", o.opinionId(), o.caseId(), o.dossierId(),
                o.snapshotVersion(), o.opinion().name(), o.issuedAt(), receivedAt);
    }

    @Override
    public void saveDecision(PolicyFacts.Decision d, Instant receivedAt) {
        jdbc.update("""
                insert into policy_decision (decision_id, dossier_id, snapshot_version, scheme, outcome, opinion,
                    departs_from_opinion, decided_at, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", d.decisionId(), d.dossierId(), d.snapshotVersion(),
                d.scheme(), d.outcome().name(), d.opinion() == null ? null : d.opinion().name(), d.departsFromOpinion(),
                d.decidedAt(), receivedAt);
    }

    @Override
    public void saveAgrement(PolicyFacts.AgrementFact a, Instant receivedAt) {
        jdbc.update("""
                insert into policy_agrement_fact (agrement_id, kind, dossier_id, period_number, occurred_at, received_at,
                    start_date, end_date)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", a.agrementId(), a.kind().name(), a.dossierId(),
                a.periodNumber(), a.occurredAt(), receivedAt, a.startsOn(), a.endsOn());
    }

    @Override
    public void saveFundingSchedule(PolicyFacts.FundingSchedule s, Instant receivedAt) {
        BigDecimal total = s.lines().stream().map(PolicyFacts.FundingLine::granted).reduce(BigDecimal.ZERO, BigDecimal::add);
        jdbc.update("""
                insert into policy_funding_schedule (file_id, schedule_version, dossier_id, scheme, total_granted, lines,
                    computed_at, received_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) on conflict do nothing""", s.fileId(), s.scheduleVersion(),
                s.dossierId(), s.scheme(), total, write(s.lines().stream().map(l -> new LineDoc(l.budgetYear(), l.granted())).toList()),
                s.computedAt(), receivedAt);
    }

    @Override
    public void saveFollowUpReport(PolicyFacts.FollowUpReport r, Instant receivedAt) {
        jdbc.update("""
                insert into policy_follow_up_report (report_id, version, dossier_id, year, indicators, filed_at, received_at,
                    plan_execution, due_on)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?) on conflict do nothing""", r.reportId(), r.version(),
                r.dossierId(), r.year(), write(r.indicators()), r.filedAt(), receivedAt,
                r.planExecution() == null ? null : write(r.planExecution()), r.dueOn());
    }

    @Override
    public void saveAccompanimentAct(PolicyFacts.AccompanimentAct a, Instant receivedAt) {
        // A corrected act replaces the earlier version; an older version arriving late changes nothing.
        jdbc.update("""
                insert into policy_accompaniment_act (act_id, project_id, dossier_id, kind, act_date, minutes_spent,
                    organisation_count, recorded_at, received_at, cancelled)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (act_id) do update set project_id = excluded.project_id, dossier_id = excluded.dossier_id,
                    kind = excluded.kind, act_date = excluded.act_date, minutes_spent = excluded.minutes_spent,
                    organisation_count = excluded.organisation_count, recorded_at = excluded.recorded_at,
                    received_at = excluded.received_at, cancelled = excluded.cancelled
                where policy_accompaniment_act.recorded_at <= excluded.recorded_at""", a.actId(), a.projectId(), a.dossierId(),
                a.kind().name(), a.date(), a.minutesSpent(), a.organisationCount(), a.recordedAt(), receivedAt, a.cancelled());
    }

    @Override
    public void saveAccompaniedProject(PolicyFacts.AccompaniedProject p, Instant receivedAt) {
        jdbc.update("""
                insert into policy_accompanied_project (project_id, version, status, first_contact_on, dossier_id, changed_at,
                    received_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (project_id) do update set version = excluded.version, status = excluded.status,
                    first_contact_on = excluded.first_contact_on, dossier_id = excluded.dossier_id,
                    changed_at = excluded.changed_at, received_at = excluded.received_at
                where policy_accompanied_project.version < excluded.version""", p.projectId(), p.version(), p.status().name(),
                p.firstContactOn(), p.dossierId(), p.changedAt(), receivedAt);
    }

    @Override
    public void saveCelluleAvis(PolicyFacts.CelluleAvis a, Instant receivedAt) {
        jdbc.update("""
                insert into policy_cellule_avis (avis_id, avis_version, dossier_id, snapshot_version, recommendation, written_at,
                    received_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", a.avisId(), a.avisVersion(), a.dossierId(),
                a.snapshotVersion(), a.recommendation().name(), a.writtenAt(), receivedAt);
    }

    @Override
    public void savePayment(PolicyFacts.Payment p, Instant receivedAt) {
        jdbc.update("""
                insert into policy_payment (payment_id, dossier_id, file_id, budget_year, amount, paid_on, received_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", p.paymentId(), p.dossierId(), p.fileId(), p.budgetYear(),
                p.amount(), p.paidOn(), receivedAt);
    }

    @Override
    public PolicyFacts loadPolicyFacts() {
        List<PolicyFacts.Submission> submissions = jdbc.query(
                "select dossier_id, snapshot_version, scheme, submitted_at from policy_submission",
                rs -> new PolicyFacts.Submission(rs.getObject("dossier_id", UUID.class), rs.getInt("snapshot_version"),
                        rs.getString("scheme"), Jdbc.instant(rs, "submitted_at")));
        List<PolicyFacts.Opinion> opinions = jdbc.query(
                "select opinion_id, case_id, dossier_id, snapshot_version, opinion, issued_at from policy_opinion",
                PolicyFactsPersistenceAdapter::opinion);
        List<PolicyFacts.Decision> decisions = jdbc.query("""
                select decision_id, dossier_id, snapshot_version, scheme, outcome, opinion, departs_from_opinion, decided_at
                from policy_decision""", rs -> new PolicyFacts.Decision(rs.getObject("decision_id", UUID.class),
                rs.getObject("dossier_id", UUID.class), rs.getInt("snapshot_version"), rs.getString("scheme"),
                PolicyFacts.DecisionOutcome.valueOf(rs.getString("outcome")),
                rs.getString("opinion") == null ? null : PolicyFacts.OpinionKind.valueOf(rs.getString("opinion")),
                rs.getBoolean("departs_from_opinion"), Jdbc.instant(rs, "decided_at")));
        List<PolicyFacts.AgrementFact> agrements = jdbc.query(
                "select agrement_id, kind, dossier_id, period_number, occurred_at, start_date, end_date from policy_agrement_fact",
                rs -> new PolicyFacts.AgrementFact(rs.getObject("agrement_id", UUID.class),
                        PolicyFacts.AgrementEvent.valueOf(rs.getString("kind")), rs.getObject("dossier_id", UUID.class),
                        rs.getInt("period_number"), Jdbc.instant(rs, "occurred_at"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)));
        List<PolicyFacts.FundingSchedule> schedules = jdbc.query("""
                select file_id, schedule_version, dossier_id, scheme, lines::text as lines, computed_at
                from policy_funding_schedule""", rs -> new PolicyFacts.FundingSchedule(rs.getObject("file_id", UUID.class),
                rs.getInt("schedule_version"), rs.getObject("dossier_id", UUID.class), rs.getString("scheme"),
                read(rs.getString("lines"), LINES).stream().map(l -> new PolicyFacts.FundingLine(l.budgetYear(), l.granted()))
                        .toList(), Jdbc.instant(rs, "computed_at")));
        List<PolicyFacts.FollowUpReport> reports = jdbc.query("""
                select report_id, version, dossier_id, year, indicators::text as indicators, filed_at,
                    plan_execution::text as plan_execution, due_on
                from policy_follow_up_report""", rs -> new PolicyFacts.FollowUpReport(rs.getObject("report_id", UUID.class),
                rs.getInt("version"), rs.getObject("dossier_id", UUID.class), rs.getInt("year"),
                read(rs.getString("indicators"), INDICATORS), Jdbc.instant(rs, "filed_at"),
                rs.getString("plan_execution") == null ? null : read(rs.getString("plan_execution"), PLAN),
                rs.getObject("due_on", LocalDate.class)));
        List<PolicyFacts.AccompanimentAct> acts = jdbc.query("""
                select act_id, project_id, dossier_id, kind, act_date, minutes_spent, organisation_count, recorded_at, cancelled
                from policy_accompaniment_act""", rs -> new PolicyFacts.AccompanimentAct(rs.getObject("act_id", UUID.class),
                rs.getObject("project_id", UUID.class), rs.getObject("dossier_id", UUID.class),
                PolicyFacts.AccompanimentKind.valueOf(rs.getString("kind")), rs.getObject("act_date", LocalDate.class),
                rs.getInt("minutes_spent"), rs.getInt("organisation_count"), Jdbc.instant(rs, "recorded_at"),
                rs.getBoolean("cancelled")));
        List<PolicyFacts.AccompaniedProject> projects = jdbc.query("""
                select project_id, version, status, first_contact_on, dossier_id, changed_at from policy_accompanied_project""",
                rs -> new PolicyFacts.AccompaniedProject(rs.getObject("project_id", UUID.class), rs.getInt("version"),
                        PolicyFacts.ProjectStatus.valueOf(rs.getString("status")), rs.getObject("first_contact_on", LocalDate.class),
                        rs.getObject("dossier_id", UUID.class), Jdbc.instant(rs, "changed_at")));
        List<PolicyFacts.CelluleAvis> avis = jdbc.query("""
                select avis_id, avis_version, dossier_id, snapshot_version, recommendation, written_at from policy_cellule_avis""",
                rs -> new PolicyFacts.CelluleAvis(rs.getObject("avis_id", UUID.class), rs.getObject("dossier_id", UUID.class),
                        rs.getInt("snapshot_version"), rs.getInt("avis_version"),
                        PolicyFacts.AvisRecommendation.valueOf(rs.getString("recommendation")), Jdbc.instant(rs, "written_at")));
        List<PolicyFacts.Payment> payments = jdbc.query("""
                select payment_id, dossier_id, file_id, budget_year, amount, paid_on from policy_payment""",
                rs -> new PolicyFacts.Payment(rs.getObject("payment_id", UUID.class), rs.getObject("dossier_id", UUID.class),
                        rs.getObject("file_id", UUID.class), rs.getInt("budget_year"), rs.getBigDecimal("amount"),
                        rs.getObject("paid_on", LocalDate.class)));
        Instant last = jdbc.query("""
                select max(t) as last from (
                    select max(received_at) as t from policy_submission
                    union all select max(received_at) from policy_opinion
                    union all select max(received_at) from policy_decision
                    union all select max(received_at) from policy_agrement_fact
                    union all select max(received_at) from policy_funding_schedule
                    union all select max(received_at) from policy_follow_up_report
                    union all select max(received_at) from policy_accompaniment_act
                    union all select max(received_at) from policy_accompanied_project
                    union all select max(received_at) from policy_cellule_avis
                    union all select max(received_at) from policy_payment) facts""",
                rs -> Jdbc.instant(rs, "last")).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new PolicyFacts(submissions, opinions, decisions, agrements, schedules, reports, acts, projects, avis, payments, last);
    }

    @Override
    public Optional<PolicyFacts.Opinion> loadOpinionOfCase(UUID caseId) {
        return jdbc.query("""
                select opinion_id, case_id, dossier_id, snapshot_version, opinion, issued_at from policy_opinion
                where case_id = ? order by issued_at desc limit 1""", PolicyFactsPersistenceAdapter::opinion, caseId)
                .stream().findFirst();
    }

    private static PolicyFacts.Opinion opinion(ResultSet rs) throws SQLException {
        return new PolicyFacts.Opinion(rs.getObject("opinion_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("dossier_id", UUID.class), rs.getInt("snapshot_version"),
                PolicyFacts.OpinionKind.valueOf(rs.getString("opinion")), Jdbc.instant(rs, "issued_at"));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
