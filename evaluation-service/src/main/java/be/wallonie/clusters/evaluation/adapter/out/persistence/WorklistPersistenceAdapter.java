package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.AssignmentFilter;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.CaseWorklistFilter;
import be.wallonie.clusters.evaluation.application.port.out.LoadWorklistsPort;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.worklist.Assignment;
import be.wallonie.clusters.evaluation.domain.worklist.CaseWorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The worklists in plain SQL: one query for the page and one for the total, the per-case counts (seats, declarations,
 * submitted sheets) aggregated in the same query — never one query per item. The state expressions here are the SQL
 * form of {@link CaseWorkItem#state()} and {@link Assignment#state()} (used to filter before paginating); the API tests
 * reach every state through real steps and check both agree.
 */
@ApplicationScoped
class WorklistPersistenceAdapter implements LoadWorklistsPort {

    private static final String CASES = """
            with w as (
              select c.id, c.dossier_id, c.snapshot_version, c.round, c.scheme, c.call_id, c.session_id, c.submitted_at, c.opened_at,
                     p.cluster_name, p.focus_domain, m.seated, m.declared, m.submitted,
                     a.session_id as agenda_session_id, cs.meeting_date as agenda_meeting_date
              from evaluation_case c
              join panel p on p.case_id = c.id
              cross join lateral (
                select count(*) as seated, count(d.id) as declared, count(s.id) as submitted
                from panel_member pm
                left join no_conflict_declaration d on d.case_id = pm.case_id and d.expert_id = pm.expert_id
                left join score_sheet s on s.case_id = pm.case_id and s.expert_id = pm.expert_id and s.voided_at is null
                                       and s.submitted_at is not null
                where pm.case_id = c.id and pm.removed_at is null) m
              left join comite_session_agenda_item a on a.case_id = c.id and a.session_open
              left join comite_session cs on cs.id = a.session_id
              where c.status = 'OPEN' and not exists (select 1 from opinion o where o.case_id = c.id) %s
            ), s as (
              select w.*, case when agenda_session_id is not null then 'ON_AGENDA'
                               when seated < ? then 'AWAITING_PANEL'
                               when declared < seated then 'AWAITING_DECLARATIONS'
                               when submitted < seated then 'AWAITING_SCORES'
                               else 'READY_FOR_OPINION' end as state
              from w)
            """;

    private static final String ASSIGNMENTS = """
            select * from (
              select pm.id as seat_id, pm.case_id, c.dossier_id, c.round, p.cluster_name, c.status, pm.appointed_at, pm.removed_at,
                     pm.removal_code, pm.removal_reason_fr, pm.removal_reason_en, d.signed_at as declared_at, s.id as sheet_id,
                     s.submitted_at,
                     case when pm.removed_at is not null then 'VOIDED'
                          when s.submitted_at is not null then 'SUBMITTED'
                          when c.status <> 'OPEN' then 'ROUND_CLOSED'
                          when d.id is null then 'DECLARATION_TO_SIGN'
                          else 'SCORES_TO_GIVE' end as state
              from panel_member pm
              join evaluation_case c on c.id = pm.case_id
              join panel p on p.case_id = pm.case_id
              left join no_conflict_declaration d on d.case_id = pm.case_id and d.expert_id = pm.expert_id
              left join score_sheet s on s.case_id = pm.case_id and s.expert_id = pm.expert_id and s.voided_at is null
                                     and pm.removed_at is null
              where pm.expert_id = ?) a
            """;

    private final Jdbc jdbc;

    WorklistPersistenceAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<CaseWorkItem> caseWorklist(CaseWorklistFilter f, int panelSize, ZoneId zone) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (f.callId() != null) {
            where.append(" and c.call_id = ?");
            params.add(f.callId());
        }
        if (f.sessionId() != null) {
            where.append(" and c.session_id = ?");
            params.add(f.sessionId());
        }
        if (f.scheme() != null) {
            where.append(" and c.scheme = ?");
            params.add(f.scheme());
        }
        if (f.submittedFrom() != null) {
            where.append(" and c.submitted_at >= ?");
            params.add(f.submittedFrom().atStartOfDay(zone).toInstant());
        }
        if (f.submittedTo() != null) {
            where.append(" and c.submitted_at < ?");
            params.add(f.submittedTo().atStartOfDay(zone).toInstant());
        }
        params.add(panelSize);
        String state = "";
        if (f.state() != null) {
            state = " where state = ?";
            params.add(f.state().name());
        }
        String head = CASES.formatted(where);
        long total = jdbc.count(head + "select count(*) from s" + state, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(f.size());
        paged.add((long) f.page() * f.size());
        List<CaseWorkItem> items = total == 0 ? List.of() : jdbc.query(head + "select * from s" + state
                + " order by submitted_at, id limit ? offset ?", rs -> item(rs, panelSize), paged.toArray());
        return new Page<>(items, f.page(), f.size(), total);
    }

    @Override
    public Page<Assignment> assignments(UUID expertId, AssignmentFilter f) {
        List<Object> params = new ArrayList<>(List.of(expertId));
        String state = "";
        if (f.state() != null) {
            state = " where state = ?";
            params.add(f.state().name());
        }
        long total = jdbc.count("select count(*) from (" + ASSIGNMENTS + state + ") n", params.toArray());
        params.add(f.size());
        params.add((long) f.page() * f.size());
        List<Assignment> items = total == 0 ? List.of() : jdbc.query(ASSIGNMENTS + state
                + " order by appointed_at desc, seat_id limit ? offset ?", WorklistPersistenceAdapter::assignment, params.toArray());
        return new Page<>(items, f.page(), f.size(), total);
    }

    private static CaseWorkItem item(ResultSet rs, int panelSize) throws SQLException {
        Date meeting = rs.getDate("agenda_meeting_date");
        return new CaseWorkItem(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), rs.getInt("snapshot_version"),
                rs.getInt("round"), rs.getString("cluster_name"), rs.getString("focus_domain"), rs.getString("scheme"),
                rs.getObject("call_id", UUID.class), rs.getObject("session_id", UUID.class), Jdbc.instant(rs, "submitted_at"),
                Jdbc.instant(rs, "opened_at"), panelSize, rs.getInt("seated"), rs.getInt("declared"), rs.getInt("submitted"),
                rs.getObject("agenda_session_id", UUID.class), meeting == null ? null : meeting.toLocalDate());
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        String fr = rs.getString("removal_reason_fr");
        return new Assignment(rs.getObject("case_id", UUID.class), rs.getObject("dossier_id", UUID.class), rs.getInt("round"),
                rs.getString("cluster_name"), EvaluationCase.CaseStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "appointed_at"),
                Jdbc.instant(rs, "removed_at"), rs.getString("removal_code"),
                fr == null ? null : new LocalizedText(fr, rs.getString("removal_reason_en")), Jdbc.instant(rs, "declared_at"),
                rs.getObject("sheet_id") != null, Jdbc.instant(rs, "submitted_at"));
    }
}
