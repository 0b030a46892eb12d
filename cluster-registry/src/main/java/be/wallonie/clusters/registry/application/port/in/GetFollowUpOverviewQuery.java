package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.followup.FollowUpCalendar.Standing;
import be.wallonie.clusters.registry.domain.followup.PlanExecution;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Cellule's overview of the follow-up across clusters: one row per cluster and year due or filed (a year is due for
 * each calendar year overlapping an agrément once that year is over), with the report's standing and its account of
 * the plan.
 */
public interface GetFollowUpOverviewQuery {

    OverviewPage overview(Criteria criteria, Caller caller);

    /**
     * @param scheme        only that scheme, or null
     * @param year          only that year, or null
     * @param overdueOnly   only years not filed past their due day
     * @param unmetOnly     only reports with at least one condition of the opinion not met
     * @param oldestFirst   the oldest year first (a worklist), else the latest year first; then by cluster name and id
     */
    record Criteria(Scheme scheme, Integer year, boolean overdueOnly, boolean unmetOnly, boolean oldestFirst, int page, int size) {
    }

    /**
     * @param agrementId      the agrément the year falls in (the latest period covering part of it)
     * @param currentVersion  the report's current version, null when not filed
     * @param firstFiledAt    when version 1 was filed, null when not filed
     * @param execution       the current version's account of the plan; null when not filed or filed before it was asked
     */
    record Row(UUID dossierId, String name, String acronym, Scheme scheme, int year, UUID agrementId, LocalDate dueOn,
            Standing standing, long daysOverdue, Integer currentVersion, Instant firstFiledAt, Instant lastFiledAt,
            PlanExecution execution) {
    }

    /** @param today the day the standings were computed on */
    record OverviewPage(List<Row> items, int page, int size, long total, LocalDate today) {
    }
}
