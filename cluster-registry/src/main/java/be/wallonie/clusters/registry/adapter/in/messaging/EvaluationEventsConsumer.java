package be.wallonie.clusters.registry.adapter.in.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.foundation.inbox.EventHandler;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedCommand;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedUseCase;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the Comité's events to the dossiers, each exactly once; unreadable ones go to the dead-letter topic. */
@ApplicationScoped
public class EvaluationEventsConsumer {

    static final String CONSUMER = "cluster-registry";

    private final IdempotentEventProcessor processor;
    private final List<EventHandler<?>> handlers;

    EvaluationEventsConsumer(IdempotentEventProcessor processor, RecordEvaluationOpenedUseCase evaluationOpened) {
        this.processor = processor;
        this.handlers = List.of(
                EventHandler.on(EventCatalog.EVALUATION_OPENED, (e, envelope) -> evaluationOpened.recordEvaluationOpened(
                        new RecordEvaluationOpenedCommand(new DossierId(e.dossierId()), e.caseId(), e.snapshotVersion(),
                                e.openedAt().toInstant()))));
    }

    @Incoming("evaluation-events")
    @Blocking
    public void onMessage(String message) {
        processor.process(CONSUMER, message, handlers);
    }
}
