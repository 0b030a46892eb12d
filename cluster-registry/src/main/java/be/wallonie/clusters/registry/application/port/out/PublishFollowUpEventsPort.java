package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.followup.FollowUpReport;

/** Publishes the follow-up events; called inside the transaction of the filing (outbox). */
public interface PublishFollowUpEventsPort {

    void followUpReportFiled(FollowUpReport report);
}
