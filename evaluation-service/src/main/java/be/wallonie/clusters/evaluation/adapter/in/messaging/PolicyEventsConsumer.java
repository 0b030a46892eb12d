package be.wallonie.clusters.evaluation.adapter.in.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.evaluation.adapter.in.contract.PolicyFactsMapper;
import be.wallonie.clusters.evaluation.application.port.in.RecordPolicyFactUseCase;
import be.wallonie.clusters.foundation.inbox.EventHandler;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the policy evaluation with the Comité's issued opinions (evaluation.events, whoever in the service issued
 * them), the funding service's schedules and payments (funding.events) and the Cellule's avis (CelluleAvisIssued on
 * cluster-registry.events, read by a subscription of its own so that the policy fact is recorded whatever the
 * service's other uses of the avis), each exactly once through the inbox, under consumer groups of their own
 * (evaluation-service-policy, evaluation-service-funding), never competing with the registry consumer that opens
 * cases. Other event types are ignored.
 */
@ApplicationScoped
public class PolicyEventsConsumer {

    static final String CONSUMER = "evaluation-service-policy";

    private final IdempotentEventProcessor processor;
    private final List<EventHandler<?>> handlers;
    private final List<EventHandler<?>> registryHandlers;

    PolicyEventsConsumer(IdempotentEventProcessor processor, RecordPolicyFactUseCase facts) {
        this.processor = processor;
        this.handlers = List.of(
                EventHandler.on(EventCatalog.OPINION_ISSUED, (e, envelope) -> facts.recordOpinion(PolicyFactsMapper.opinion(e))),
                EventHandler.on(EventCatalog.FUNDING_SCHEDULE_COMPUTED,
                        (e, envelope) -> facts.recordFundingSchedule(PolicyFactsMapper.schedule(e))),
                EventHandler.on(EventCatalog.PAYMENT_RECORDED, (e, envelope) -> facts.recordPayment(PolicyFactsMapper.payment(e))));
        this.registryHandlers = List.of(
                EventHandler.on(EventCatalog.CELLULE_AVIS_ISSUED, (e, envelope) -> facts.recordCelluleAvis(PolicyFactsMapper.avis(e))));
    }

    @Incoming("evaluation-events")
    @Blocking
    public void onEvaluationEvent(String message, IncomingKafkaRecordMetadata<String, String> record) {
        processor.process(CONSUMER, message, record.getHeaders(), handlers);
    }

    @Incoming("funding-events")
    @Blocking
    public void onFundingEvent(String message, IncomingKafkaRecordMetadata<String, String> record) {
        processor.process(CONSUMER, message, record.getHeaders(), handlers);
    }

    @Incoming("registry-policy-events")
    @Blocking
    public void onRegistryEvent(String message, IncomingKafkaRecordMetadata<String, String> record) {
        processor.process(CONSUMER, message, record.getHeaders(), registryHandlers);
    }
}
