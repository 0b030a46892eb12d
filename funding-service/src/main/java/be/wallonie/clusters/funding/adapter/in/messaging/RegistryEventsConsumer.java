package be.wallonie.clusters.funding.adapter.in.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.foundation.inbox.EventHandler;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor;
import be.wallonie.clusters.funding.application.port.in.OpenFundingFileCommand;
import be.wallonie.clusters.funding.application.port.in.OpenFundingFileUseCase;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Builds the funding files from the registry's events, each applied exactly once. */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String CONSUMER = "funding-service";

    private final IdempotentEventProcessor processor;
    private final List<EventHandler<?>> handlers;

    RegistryEventsConsumer(IdempotentEventProcessor processor, OpenFundingFileUseCase openFile) {
        this.processor = processor;
        this.handlers = List.of(
                EventHandler.on(EventCatalog.DOSSIER_SUBMITTED, (e, envelope) -> openFile.openFundingFile(
                        new OpenFundingFileCommand(e.dossierId(), e.snapshot().name(), e.snapshot().scheme()))));
    }

    @Incoming("registry-events")
    @Blocking
    public void onMessage(String message) {
        processor.process(CONSUMER, message, handlers);
    }
}
