package be.wallonie.clusters.registry.adapter.in.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.foundation.inbox.EventHandler;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedCommand;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedUseCase;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.registry.application.port.in.RecordOpinionCommand;
import be.wallonie.clusters.registry.application.port.in.RecordOpinionUseCase;
import be.wallonie.clusters.registry.application.port.in.RecordPanelComposedUseCase;
import be.wallonie.clusters.registry.domain.avis.AvisFreeze;
import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.decision.OpinionOutcome;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the Comité's events to the dossiers, each exactly once; unreadable ones go to the dead-letter topic. */
@ApplicationScoped
public class EvaluationEventsConsumer {

    static final String CONSUMER = "cluster-registry";

    private final IdempotentEventProcessor processor;
    private final List<EventHandler<?>> handlers;

    EvaluationEventsConsumer(IdempotentEventProcessor processor, RecordEvaluationOpenedUseCase evaluationOpened,
            RecordOpinionUseCase opinions, RecordPanelComposedUseCase panels) {
        this.processor = processor;
        this.handlers = List.of(
                EventHandler.on(EventCatalog.EVALUATION_OPENED, (e, envelope) -> evaluationOpened.recordEvaluationOpened(
                        new RecordEvaluationOpenedCommand(new DossierId(e.dossierId()), e.caseId(), e.snapshotVersion(),
                                e.openedAt().toInstant()))),
                EventHandler.on(EventCatalog.OPINION_ISSUED, (e, envelope) -> opinions.recordOpinion(new RecordOpinionCommand(
                        new DossierId(e.dossierId()), opinion(e)))),
                EventHandler.on(EventCatalog.PANEL_COMPOSED, (e, envelope) -> panels.recordPanelComposed(new AvisFreeze(e.dossierId(),
                        e.snapshotVersion(), e.caseId(), e.celluleAvisVersion(), e.composedAt().toInstant()))));
    }

    /** The opinion as the registry keeps it; an unknown outcome is an invalid payload (dead-letter topic). */
    static Opinion opinion(OpinionIssuedV1 e) {
        return new Opinion(e.opinionId(), e.caseId(), e.snapshotVersion(), OpinionOutcome.valueOf(e.opinion()),
                e.findings() == null ? List.of() : e.findings().stream().map(f -> new Opinion.Finding(f.criterion(), f.met(),
                        f.consensusScore(), f.majorityView(), f.minorityView())).toList(),
                e.conditions() == null ? List.of() : e.conditions(), e.issuedAt().toInstant(), e.policyVersion(), e.consensusMethod(),
                e.metThreshold());
    }

    @Incoming("evaluation-events")
    @Blocking
    public void onMessage(String message, IncomingKafkaRecordMetadata<String, String> record) {
        processor.process(CONSUMER, message, record.getHeaders(), handlers);
    }
}
