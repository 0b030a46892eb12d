package be.wallonie.clusters.foundation.inbox;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.foundation.tracing.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.common.header.Headers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The consuming side of every service: parses a CloudEvents envelope, skips event types this
 * consumer does not handle (tolerant reader), and applies the others exactly once through the
 * {@link Inbox}, each attempt in its own transaction. A failure that may pass (a database hiccup,
 * a concurrent update) is retried a few times; then, or at once for an unreadable message, the
 * exception propagates to the messaging layer, which routes the message to the consumer's
 * dead-letter topic with the reason and goes on with the next message.
 *
 * <p>Tracing: the work runs in a {@code process} span whose parent is the trace context of the record's
 * {@code traceparent} header (the producer's), so what the handler writes to its own outbox continues the same trace.
 * Metrics: {@code clusters.inbox.applied}, {@code clusters.inbox.duplicates} (repeats skipped, counted by the
 * {@link Inbox}) and {@code clusters.inbox.dead-lettered} (messages handed to the dead-letter topic), tagged with the
 * consumer.
 */
@ApplicationScoped
public class IdempotentEventProcessor {

    private static final Logger LOG = Logger.getLogger(IdempotentEventProcessor.class);

    @Inject
    Inbox inbox;

    @Inject
    MeterRegistry meters;

    @Inject
    OpenTelemetry telemetry;

    @ConfigProperty(name = "clusters.inbox.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "clusters.inbox.retry-backoff-ms", defaultValue = "200")
    long backoffMillis;

    /**
     * @return the outcome, for logging and tests
     */
    public Outcome process(String consumer, String message, List<EventHandler<?>> handlers) {
        return process(consumer, message, null, handlers);
    }

    /**
     * Processes a Kafka record's value under a span that continues the trace its headers carry.
     *
     * @param headers the record's headers (null: the current context is the parent)
     * @return the outcome, for logging and tests
     */
    public Outcome process(String consumer, String message, Headers headers, List<EventHandler<?>> handlers) {
        Context parent = headers == null ? Context.current() : TraceContext.fromHeaders(headers);
        Span span = telemetry.getTracer("be.wallonie.clusters.inbox").spanBuilder(consumer + " process")
                .setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        try (Scope ignored = parent.with(span).makeCurrent()) {
            Outcome outcome = processInSpan(consumer, message, handlers, span);
            span.setAttribute("clusters.inbox.outcome", outcome.name());
            return outcome;
        } catch (RuntimeException | Error e) {
            // the messaging layer routes the message to the consumer's dead-letter topic (failure-strategy)
            meters.counter("clusters.inbox.dead-lettered", "consumer", consumer).increment();
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private Outcome processInSpan(String consumer, String message, List<EventHandler<?>> handlers, Span span) {
        CloudEvent event = EventCodec.read(message);
        span.setAttribute("cloudevents.event_id", event.id());
        span.setAttribute("cloudevents.event_type", event.type());
        Optional<EventHandler<?>> handler = handlers.stream().filter(h -> h.type().name().equals(event.type())).findFirst();
        if (handler.isEmpty()) {
            return Outcome.IGNORED;
        }
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler.get()));
            } catch (EventCodec.MalformedEventException | IllegalArgumentException e) {
                throw e; // an unreadable or invalid payload does not get better by trying again
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                LOG.warnf("%s failed to apply %s (%s), attempt %d of %d: %s", consumer, event.id(), event.type(),
                        attempt, maxAttempts, e.getMessage());
                pause(backoffMillis * attempt);
            }
        }
    }

    private Outcome applyOnce(String consumer, CloudEvent event, EventHandler<?> handler) {
        if (!inbox.firstDelivery(consumer, event)) {
            LOG.debugf("%s skips event %s (%s): already applied", consumer, event.id(), event.type());
            return Outcome.DUPLICATE;
        }
        apply(handler, event);
        meters.counter("clusters.inbox.applied", "consumer", consumer, "type", event.type()).increment();
        return Outcome.APPLIED;
    }

    private static <T> void apply(EventHandler<T> handler, CloudEvent event) {
        T payload = EventCodec.payload(event, handler.type());
        handler.handler().apply(payload, event);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }

    public enum Outcome {
        APPLIED, DUPLICATE, IGNORED
    }
}
