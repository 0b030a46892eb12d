package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.in.GetFollowUpReportsQuery.ReportPage;
import be.wallonie.clusters.registry.application.port.out.FollowUpRecordsPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import be.wallonie.clusters.registry.domain.followup.Indicators;
import be.wallonie.clusters.registry.domain.followup.PlanExecution;
import be.wallonie.clusters.registry.domain.followup.PlanReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** Follow-up reports in plain SQL in the caller's transaction; the indicators as a JSON document. */
@ApplicationScoped
class FollowUpRecordsAdapter implements FollowUpRecordsPort {

    private static final String COLUMNS = """
            select id, dossier_id, agrement_id, report_year, version, correction_reason, indicators, filed_by, filed_at, plan_report
            from follow_up_report r
            """;

    private final EntityManager em;
    private final ObjectMapper json;

    FollowUpRecordsAdapter(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public void lockReportsOf(DossierId dossier) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "follow-up:" + dossier.value()).getSingleResult();
    }

    @Override
    public void save(FollowUpReport r) {
        PlanExecution e = r.planExecution().orElse(null);
        em.createNativeQuery("""
                insert into follow_up_report (id, dossier_id, agrement_id, report_year, version, correction_reason, indicators,
                    filed_by, filed_at, plan_report, actions_planned, carried_out, ongoing, postponed, dropped, budget_planned,
                    budget_spent, gains_targeted, gains_achieved, conditions_total, conditions_met)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)""")
                .setParameter(1, r.id()).setParameter(2, r.dossierId()).setParameter(3, r.agrementId()).setParameter(4, r.year())
                .setParameter(5, r.version()).setParameter(6, r.correctionReason()).setParameter(7, write(r.indicators()))
                .setParameter(8, r.filedBy()).setParameter(9, Timestamp.from(r.filedAt()))
                .setParameter(10, r.plan() == null ? null : write(r.plan()))
                .setParameter(11, e == null ? null : e.actionsPlanned()).setParameter(12, e == null ? null : e.carriedOut())
                .setParameter(13, e == null ? null : e.ongoing()).setParameter(14, e == null ? null : e.postponed())
                .setParameter(15, e == null ? null : e.dropped()).setParameter(16, e == null ? null : e.budgetPlanned())
                .setParameter(17, e == null ? null : e.budgetSpent()).setParameter(18, e == null ? null : e.gainsTargeted())
                .setParameter(19, e == null ? null : e.gainsAchieved()).setParameter(20, e == null ? null : e.conditionsTotal())
                .setParameter(21, e == null ? null : e.conditionsMet()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<FollowUpReport> versionsOf(DossierId dossier, int year) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "where dossier_id = ?1 and report_year = ?2 order by version")
                .setParameter(1, dossier.value()).setParameter(2, year).getResultList();
        return rows.stream().map(this::report).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public ReportPage currentReports(DossierId dossier, int page, int size) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + """
                where dossier_id = ?1 and version = (select max(version) from follow_up_report x
                                                      where x.dossier_id = r.dossier_id and x.report_year = r.report_year)
                order by report_year limit ?2 offset ?3""").setParameter(1, dossier.value()).setParameter(2, size)
                .setParameter(3, (long) page * size).getResultList();
        long total = ((Number) em.createNativeQuery("select count(distinct report_year) from follow_up_report where dossier_id = ?1")
                .setParameter(1, dossier.value()).getSingleResult()).longValue();
        return new ReportPage(rows.stream().map(this::report).toList(), page, size, total);
    }

    private FollowUpReport report(Object[] r) {
        return new FollowUpReport((UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                (String) r[5], read((String) r[6], Indicators.class), (String) r[7], instant(r[8]),
                r[9] == null ? null : read((String) r[9], PlanReport.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
