package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery;
import be.wallonie.clusters.registry.application.port.out.FollowUpOverviewPort;
import be.wallonie.clusters.registry.application.port.out.FollowUpOverviewPort.YearPage;
import be.wallonie.clusters.registry.domain.followup.FollowUpCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Cellule's overview of the follow-up across clusters, on the clock's today: which years are filed, late, due or
 * overdue, and how each report accounts for its plan. The Cellule and the Region see every cluster (the REST resource
 * admits no one else).
 */
@ApplicationScoped
public class FollowUpOverviewService implements GetFollowUpOverviewQuery {

    private final FollowUpOverviewPort years;
    private final FollowUpCalendar calendar;
    private final Clock clock;

    public FollowUpOverviewService(FollowUpOverviewPort years, FollowUpCalendar calendar, Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public OverviewPage overview(Criteria criteria, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        YearPage found = years.years(criteria, today, calendar.dueDay());
        return new OverviewPage(found.items().stream().map(y -> new Row(y.dossierId(), y.name(), y.acronym(), y.scheme(), y.year(),
                y.agrementId(), calendar.dueOn(y.year()), calendar.standing(y.year(), Optional.ofNullable(y.firstFiledAt())
                        .map(at -> LocalDate.ofInstant(at, clock.getZone())), today),
                y.currentVersion() == null ? calendar.daysOverdue(y.year(), today) : 0, y.currentVersion(), y.firstFiledAt(),
                y.lastFiledAt(), y.execution())).toList(), criteria.page(), criteria.size(), found.total(), today);
    }
}
