package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import java.time.LocalDate;

/** Publishes the follow-up events; called inside the transaction of the filing (outbox). */
public interface PublishFollowUpEventsPort {

    /** @param dueOn the day the year's report was due */
    void followUpReportFiled(FollowUpReport report, LocalDate dueOn);
}
