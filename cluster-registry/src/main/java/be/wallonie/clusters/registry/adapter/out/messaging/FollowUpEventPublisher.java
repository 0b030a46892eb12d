package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishFollowUpEventsPort;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import be.wallonie.clusters.registry.domain.followup.Indicators;
import be.wallonie.clusters.registry.domain.followup.PlanExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** FollowUpReportFiled to the outbox, keyed by the dossier. */
@ApplicationScoped
class FollowUpEventPublisher implements PublishFollowUpEventsPort {

    private final OutboxWriter outbox;

    FollowUpEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void followUpReportFiled(FollowUpReport r, LocalDate dueOn) {
        Indicators i = r.indicators(); // validated: nothing is missing
        String id = r.dossierId().toString();
        outbox.append(EventCatalog.FOLLOW_UP_REPORT_FILED, r.id().toString(), id, new FollowUpReportFiledV1(r.id(), r.dossierId(),
                r.agrementId(), r.year(), r.version(), r.correctionReason(),
                new FollowUpReportFiledV1.Indicators(i.membersByKind(), i.enterprisesBySize(), i.jointProjectsStarted(),
                        i.jointProjectsCompleted(), i.genericActions(), i.targetedActions(), i.innovations(), i.patentsFiled(),
                        i.companiesCreated(), i.internationalisationActions(), i.jobs(), i.turnover(), i.exports(), i.trainingDays()),
                r.filedBy(), r.filedAt().atOffset(ZoneOffset.UTC), r.planExecution().map(FollowUpEventPublisher::execution).orElse(null),
                dueOn));
    }

    private static FollowUpReportFiledV1.PlanExecution execution(PlanExecution e) {
        return new FollowUpReportFiledV1.PlanExecution(e.actionsPlanned(), e.carriedOut(), e.ongoing(), e.postponed(), e.dropped(),
                e.budgetPlanned(), e.budgetSpent(), e.gainsTargeted(), e.gainsAchieved(), e.conditionsTotal(), e.conditionsMet());
    }
}
