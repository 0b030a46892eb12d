package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery.Criteria;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.followup.PlanExecution;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

/** The years due or filed across clusters, one page at a time (one query for the page, one for the count). */
public interface FollowUpOverviewPort {

    /**
     * @param today  years before today's are due; "overdue only" keeps those not filed whose due day is before today
     * @param dueDay the due day of the next year
     */
    YearPage years(Criteria criteria, LocalDate today, MonthDay dueDay);

    record Year(UUID dossierId, String name, String acronym, Scheme scheme, int year, UUID agrementId, Integer currentVersion,
            Instant firstFiledAt, Instant lastFiledAt, PlanExecution execution) {
    }

    record YearPage(List<Year> items, long total) {
    }
}
