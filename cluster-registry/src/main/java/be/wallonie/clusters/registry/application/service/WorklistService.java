package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.GetAgrementsEndingQuery;
import be.wallonie.clusters.registry.application.port.out.AgrementsEndingPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/** The Cellule's worklists: the agréments ending soon, whose renewal is to prepare. */
@ApplicationScoped
public class WorklistService implements GetAgrementsEndingQuery {

    private final AgrementsEndingPort agrements;
    private final Clock clock;

    public WorklistService(AgrementsEndingPort agrements, Clock clock) {
        this.agrements = agrements;
        this.clock = clock;
    }

    @Override
    public AgrementsEndingPage agrementsEnding(int months, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.plusMonths(months);
        return new AgrementsEndingPage(today, to, months, agrements.activeAgrementsEnding(today, to, page, size), page, size,
                agrements.countActiveAgrementsEnding(today, to));
    }
}
