package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.payment.Payment;

public interface PublishFundingEventsPort {

    /** Announces a new schedule version (in the caller's transaction, through the outbox). */
    void scheduleComputed(ComputedSchedule schedule);

    /** Announces a recorded payment (in the caller's transaction, through the outbox). */
    void paymentRecorded(Payment payment);
}
