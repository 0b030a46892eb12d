package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;

public interface PublishFundingEventsPort {

    /** Announces a new schedule version (in the caller's transaction, through the outbox). */
    void scheduleComputed(ComputedSchedule schedule);
}
