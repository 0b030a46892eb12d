package be.wallonie.clusters.foundation.inbox;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The consuming side of every service: parses a CloudEvents envelope, skips event types this
 * consumer does not handle (tolerant reader), and applies the others exactly once through the
 * {@link Inbox}. An exception propagates to the messaging layer, which routes the message to the
 * consumer's dead-letter topic with the reason and goes on with the next message.
 */
@ApplicationScoped
public class IdempotentEventProcessor {

    private static final Logger LOG = Logger.getLogger(IdempotentEventProcessor.class);

    @Inject
    Inbox inbox;

    @Inject
    MeterRegistry meters;

    /**
     * @return the outcome, for logging and tests
     */
    @Transactional
    public Outcome process(String consumer, String message, List<EventHandler<?>> handlers) {
        CloudEvent event = EventCodec.read(message);
        for (EventHandler<?> handler : handlers) {
            if (handler.type().name().equals(event.type())) {
                if (!inbox.firstDelivery(consumer, event)) {
                    LOG.debugf("%s skips event %s (%s): already applied", consumer, event.id(), event.type());
                    return Outcome.DUPLICATE;
                }
                apply(handler, event);
                meters.counter("clusters.inbox.applied", "consumer", consumer, "type", event.type()).increment();
                return Outcome.APPLIED;
            }
        }
        return Outcome.IGNORED;
    }

    private static <T> void apply(EventHandler<T> handler, CloudEvent event) {
        T payload = EventCodec.payload(event, handler.type());
        handler.handler().apply(payload, event);
    }

    public enum Outcome {
        APPLIED, DUPLICATE, IGNORED
    }
}
