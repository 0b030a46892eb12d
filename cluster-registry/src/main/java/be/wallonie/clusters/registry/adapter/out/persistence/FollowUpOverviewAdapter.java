package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery.Criteria;
import be.wallonie.clusters.registry.application.port.out.FollowUpOverviewPort;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.followup.PlanExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The follow-up years across clusters in one SQL query per page (and one for the count): each calendar year overlapping
 * an agrément ({@code generate_series} over its years, the latest period kept), the year over or a report filed, joined
 * with the year's current report version and its first filing. Sorted by year (latest first, or oldest
 * first), cluster name, id.
 */
@ApplicationScoped
class FollowUpOverviewAdapter implements FollowUpOverviewPort {

    private static final String FROM = """
            from (select a.dossier_id, y.y as report_year, (array_agg(a.id order by a.period_number desc))[1] as agrement_id
                  from agrement a
                  cross join lateral generate_series(extract(year from a.start_date)::int, extract(year from a.end_date)::int) y(y)
                  group by a.dossier_id, y.y) ys
            join dossier d on d.id = ys.dossier_id
            left join lateral (select r.version, r.filed_at, r.actions_planned, r.carried_out, r.ongoing, r.postponed, r.dropped,
                                      r.budget_planned, r.budget_spent, r.gains_targeted, r.gains_achieved, r.conditions_total,
                                      r.conditions_met
                               from follow_up_report r where r.dossier_id = ys.dossier_id and r.report_year = ys.report_year
                               order by r.version desc limit 1) cur on true
            left join lateral (select min(f.filed_at) as first_filed_at from follow_up_report f
                               where f.dossier_id = ys.dossier_id and f.report_year = ys.report_year) first on true
            """;

    private final EntityManager em;

    FollowUpOverviewAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public YearPage years(Criteria c, LocalDate today, MonthDay dueDay) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("(ys.report_year < :thisYear or cur.version is not null)");
        params.put("thisYear", today.getYear());
        if (c.scheme() != null) {
            where.add("d.scheme = :scheme");
            params.put("scheme", c.scheme().name());
        }
        if (c.year() != null) {
            where.add("ys.report_year = :year");
            params.put("year", c.year());
        }
        if (c.overdueOnly()) {
            // not filed, its due day (that day of the next year, the month's last day when shorter) before today
            where.add("""
                    cur.version is null and ys.report_year < :thisYear and make_date(ys.report_year + 1, :dueMonth,
                        least(:dueDay, extract(day from (make_date(ys.report_year + 1, :dueMonth, 1) + interval '1 month'
                                                          - interval '1 day'))::int)) < :today""");
            params.put("dueMonth", dueDay.getMonthValue());
            params.put("dueDay", dueDay.getDayOfMonth());
            params.put("today", Date.valueOf(today));
        }
        if (c.unmetOnly()) {
            where.add("cur.conditions_total > cur.conditions_met");
        }
        String filter = " where " + String.join(" and ", where);
        var count = em.createNativeQuery("select count(*) " + FROM + filter);
        var page = em.createNativeQuery("""
                select ys.dossier_id, d.name, d.acronym, d.scheme, ys.report_year, ys.agrement_id, cur.version, first.first_filed_at,
                       cur.filed_at, cur.actions_planned, cur.carried_out, cur.ongoing, cur.postponed, cur.dropped, cur.budget_planned,
                       cur.budget_spent, cur.gains_targeted, cur.gains_achieved, cur.conditions_total, cur.conditions_met
                """ + FROM + filter + " order by ys.report_year " + (c.oldestFirst() ? "asc" : "desc")
                + ", lower(d.name), d.id limit :limit offset :offset");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        page.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size());
        List<Object[]> rows = page.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new YearPage(rows.stream().map(FollowUpOverviewAdapter::year).toList(), total);
    }

    private static Year year(Object[] r) {
        PlanExecution e = r[9] == null ? null : new PlanExecution(integer(r[9]), integer(r[10]), integer(r[11]), integer(r[12]),
                integer(r[13]), (BigDecimal) r[14], (BigDecimal) r[15], integer(r[16]), integer(r[17]), integer(r[18]),
                integer(r[19]));
        return new Year((UUID) r[0], (String) r[1], (String) r[2], Scheme.valueOf((String) r[3]), integer(r[4]), (UUID) r[5],
                r[6] == null ? null : integer(r[6]), r[7] == null ? null : instant(r[7]), r[8] == null ? null : instant(r[8]), e);
    }

    private static int integer(Object o) {
        return ((Number) o).intValue();
    }
}
