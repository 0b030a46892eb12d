package be.wallonie.clusters.evaluation.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.evaluation.application.port.out.PublishEvaluationEventsPort;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/** Writes the Comité's events to the outbox, keyed by dossier so one cluster's events stay ordered. */
@ApplicationScoped
class EvaluationEventPublisher implements PublishEvaluationEventsPort {

    private final OutboxWriter outbox;

    EvaluationEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void evaluationOpened(EvaluationCase c) {
        outbox.append(EventCatalog.EVALUATION_OPENED, c.id().toString(), c.dossierId().toString(),
                new EvaluationOpenedV1(c.id(), c.dossierId(), c.snapshotVersion(), c.round(), c.openedAt().atOffset(ZoneOffset.UTC)));
    }
}
