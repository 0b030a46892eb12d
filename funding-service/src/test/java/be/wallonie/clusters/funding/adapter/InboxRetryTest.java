package be.wallonie.clusters.funding.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.registry.AgrementExpiredV1;
import be.wallonie.clusters.foundation.inbox.EventHandler;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor.Outcome;
import be.wallonie.clusters.foundation.inbox.Inbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The shared inbox: a failure that may pass is retried in a fresh transaction, the event is applied
 * once; a failure that persists or an invalid payload leaves no trace, so the dead-letter topic (or a
 * later redelivery) gets the whole event.
 */
@QuarkusTest
class InboxRetryTest {

    private static final String CONSUMER = "inbox-retry-test";

    @Inject
    IdempotentEventProcessor processor;

    @Inject
    Inbox inbox;

    private static String message(String eventId) {
        var event = EventCodec.envelope(EventCatalog.AGREMENT_EXPIRED, "/cluster-registry", UUID.randomUUID().toString(),
                new AgrementExpiredV1(UUID.randomUUID(), UUID.randomUUID(), 1, LocalDate.of(2028, 3, 31),
                        OffsetDateTime.now(ZoneOffset.UTC)));
        String json = EventCodec.write(event);
        return json.replace("\"id\":\"" + event.id() + "\"", "\"id\":\"" + eventId + "\"");
    }

    @Test
    void a_passing_failure_is_retried_and_the_event_applied_once() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        List<EventHandler<?>> handlers = List.of(EventHandler.on(EventCatalog.AGREMENT_EXPIRED, (e, envelope) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection reset");
            }
        }));

        assertThat(processor.process(CONSUMER, message(id), handlers)).isEqualTo(Outcome.APPLIED);
        assertThat(calls).hasValue(2);
        assertThat(inbox.hasApplied(CONSUMER, id)).isTrue();

        assertThat(processor.process(CONSUMER, message(id), handlers)).isEqualTo(Outcome.DUPLICATE);
        assertThat(calls).hasValue(2);
    }

    @Test
    void a_persistent_failure_gives_up_after_the_configured_attempts_and_records_nothing() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        List<EventHandler<?>> handlers = List.of(EventHandler.on(EventCatalog.AGREMENT_EXPIRED, (e, envelope) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database down");
        }));

        assertThatThrownBy(() -> processor.process(CONSUMER, message(id), handlers))
                .isInstanceOf(IllegalStateException.class).hasMessage("database down");
        assertThat(calls).hasValue(3);
        assertThat(inbox.hasApplied(CONSUMER, id)).isFalse();
    }

    @Test
    void an_invalid_payload_is_not_retried() {
        String id = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        List<EventHandler<?>> handlers = List.of(EventHandler.on(EventCatalog.AGREMENT_EXPIRED, (e, envelope) -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("unknown period");
        }));

        assertThatThrownBy(() -> processor.process(CONSUMER, message(id), handlers)).isInstanceOf(IllegalArgumentException.class);
        assertThat(calls).hasValue(1);
        assertThat(inbox.hasApplied(CONSUMER, id)).isFalse();
    }

    @Test
    void an_event_no_handler_wants_is_ignored_and_not_recorded() {
        String id = UUID.randomUUID().toString();
        assertThat(processor.process(CONSUMER, message(id), List.of())).isEqualTo(Outcome.IGNORED);
        assertThat(inbox.hasApplied(CONSUMER, id)).isFalse();
    }
}
