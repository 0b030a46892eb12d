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
                insert into policy_agrement_fact (agrement_id, kind, dossier_id, period_number, occurred_at, received_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", a.agrementId(), a.kind().name(), a.dossierId(),
                a.periodNumber(), a.occurredAt(), receivedAt);
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
                insert into policy_follow_up_report (report_id, version, dossier_id, year, indicators, filed_at, received_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?) on conflict do nothing""", r.reportId(), r.version(), r.dossierId(),
                r.year(), write(r.indicators()), r.filedAt(), receivedAt);
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
                "select agrement_id, kind, dossier_id, period_number, occurred_at from policy_agrement_fact",
                rs -> new PolicyFacts.AgrementFact(rs.getObject("agrement_id", UUID.class),
                        PolicyFacts.AgrementEvent.valueOf(rs.getString("kind")), rs.getObject("dossier_id", UUID.class),
                        rs.getInt("period_number"), Jdbc.instant(rs, "occurred_at")));
        List<PolicyFacts.FundingSchedule> schedules = jdbc.query("""
                select file_id, schedule_version, dossier_id, scheme, lines::text as lines, computed_at
                from policy_funding_schedule""", rs -> new PolicyFacts.FundingSchedule(rs.getObject("file_id", UUID.class),
                rs.getInt("schedule_version"), rs.getObject("dossier_id", UUID.class), rs.getString("scheme"),
                read(rs.getString("lines"), LINES).stream().map(l -> new PolicyFacts.FundingLine(l.budgetYear(), l.granted()))
                        .toList(), Jdbc.instant(rs, "computed_at")));
        List<PolicyFacts.FollowUpReport> reports = jdbc.query("""
                select report_id, version, dossier_id, year, indicators::text as indicators, filed_at
                from policy_follow_up_report""", rs -> new PolicyFacts.FollowUpReport(rs.getObject("report_id", UUID.class),
                rs.getInt("version"), rs.getObject("dossier_id", UUID.class), rs.getInt("year"),
                read(rs.getString("indicators"), INDICATORS), Jdbc.instant(rs, "filed_at")));
        Instant last = jdbc.query("""
                select max(t) as last from (
                    select max(received_at) as t from policy_submission
                    union all select max(received_at) from policy_opinion
                    union all select max(received_at) from policy_decision
                    union all select max(received_at) from policy_agrement_fact
                    union all select max(received_at) from policy_funding_schedule
                    union all select max(received_at) from policy_follow_up_report) facts""",
                rs -> Jdbc.instant(rs, "last")).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new PolicyFacts(submissions, opinions, decisions, agrements, schedules, reports, last);
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
