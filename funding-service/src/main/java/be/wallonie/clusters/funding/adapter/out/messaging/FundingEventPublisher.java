package be.wallonie.clusters.funding.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.funding.FundingScheduleComputedV1;
import be.wallonie.clusters.contracts.funding.PaymentRecordedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.funding.application.port.out.PublishFundingEventsPort;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.payment.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/** Writes the funding service's events to the outbox, keyed by dossier so one cluster's schedules stay ordered. */
@ApplicationScoped
class FundingEventPublisher implements PublishFundingEventsPort {

    private final OutboxWriter outbox;

    FundingEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void scheduleComputed(ComputedSchedule s) {
        outbox.append(EventCatalog.FUNDING_SCHEDULE_COMPUTED, s.id().toString(), s.dossierId().toString(),
                new FundingScheduleComputedV1(s.id(), s.dossierId(), s.version(), s.scheme().name(), s.policyVersion(), s.reason(),
                        Money.CURRENCY, s.totalGranted().amount(), s.totalEligible().amount(),
                        s.lines().stream().map(l -> new FundingScheduleComputedV1.Line(l.budgetYear(), l.period(), l.from(), l.to(),
                                l.daysCovered(), l.eligibleCosts().amount(), l.rate(), l.capApplied().amount(), l.granted().amount(),
                                l.leftToCluster().amount(), l.agrementYear(), l.schemeVersion(),
                                l.correction() == null ? null : l.correction().previousGranted().amount(),
                                l.correction() == null ? null : l.correction().reason())).toList(),
                        s.computedAt().atOffset(ZoneOffset.UTC)));
    }

    /**
     * {@code fileId} and {@code scheduleVersion} name the schedule version paid against exactly as FundingScheduleComputed
     * names it (its {@code fileId} is the version's id), so a consumer finds the scheme and the line's granted amount in the
     * version it stored.
     */
    @Override
    public void paymentRecorded(Payment p) {
        outbox.append(EventCatalog.PAYMENT_RECORDED, p.id().toString(), p.dossierId().toString(),
                new PaymentRecordedV1(p.id(), p.dossierId(), p.scheduleId(), p.scheduleVersion(), p.line().period(),
                        p.line().agrementYear(), p.line().budgetYear(), p.line().toString(), p.amount().amount(), p.paidOn(),
                        p.reference(), p.recordedBy(), p.recordedAt().atOffset(ZoneOffset.UTC)));
    }
}
