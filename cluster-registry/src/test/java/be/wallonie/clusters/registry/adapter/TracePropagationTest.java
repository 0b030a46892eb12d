package be.wallonie.clusters.registry.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.foundation.outbox.OutboxRelay;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Traces through the outbox and Kafka (issue #15, item 5): the record the relay publishes carries the trace of the REST
 * request that committed the event (not the relay's), and a consumed event is processed in a span whose parent is the
 * producer's context. The operator's metrics move: outbox lag, inbox duplicates skipped, messages dead-lettered.
 */
@QuarkusTest
@TestSecurity(user = "applicant-1", roles = "APPLICANT",
        attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
class TracePropagationTest {

    @Inject
    OutboxRelay relay;

    @Inject
    RecordedSpans spans;

    @Inject
    MeterRegistry meters;

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    @AfterEach
    void resume() {
        relay.resume();
    }

    @Test
    void the_record_published_by_the_outbox_carries_the_trace_of_the_request_that_committed_it_and_the_lag_is_measured() {
        relay.pause();
        String id = TestDossiers.submittedDossier();

        // committed, not published: the lag shows it
        relay.refreshLag();
        assertThat(meters.get("clusters.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(1);

        relay.resume();
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.pendingCount() == 0);
        relay.refreshLag();
        assertThat(meters.get("clusters.outbox.pending").gauge().value()).isZero();
        assertThat(meters.get("clusters.outbox.oldest.pending.age.seconds").gauge().value()).isZero();

        KafkaTestClient.Received submitted = kafka.readUntil(Topics.REGISTRY_EVENTS,
                        rs -> rs.stream().anyMatch(r -> TestDossiers.eventOf(id, r)), Duration.ofSeconds(10)).stream()
                .filter(r -> TestDossiers.eventOf(id, r)).findFirst().orElseThrow();
        String traceparent = submitted.headers().get("traceparent");
        assertThat(traceparent).as("the record's traceparent header").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        String traceId = traceparent.split("-")[1];
        String publishSpanId = traceparent.split("-")[2];

        // the trace is the submission request's: its server span is the root, the relay's publish span is in it
        List<SpanData> trace = spans.ofTrace(traceId);
        assertThat(trace).filteredOn(s -> s.getKind() == SpanKind.SERVER)
                .singleElement()
                .satisfies(server -> assertThat(server.getName()).startsWith("POST").contains("submission"));
        assertThat(trace).filteredOn(s -> s.getSpanId().equals(publishSpanId)).singleElement()
                .satisfies(publish -> assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER));
    }

    @Test
    void a_consumed_event_is_processed_in_a_child_of_the_producers_context_and_the_inbox_metrics_move() {
        String id = TestDossiers.submittedDossier();
        String traceId = hex(16);
        String producerSpanId = hex(8);
        String message = EventCodec.write(EventCodec.envelope(EventCatalog.EVALUATION_OPENED, "/evaluation-service",
                UUID.randomUUID().toString(),
                new EvaluationOpenedV1(UUID.randomUUID(), UUID.fromString(id), 1, 1, OffsetDateTime.now(ZoneOffset.UTC))));
        double duplicatesBefore = count("clusters.inbox.duplicates");
        double deadBefore = count("clusters.inbox.dead-lettered");

        Map<String, String> headers = Map.of("traceparent", "00-" + traceId + "-" + producerSpanId + "-01");
        kafka.send(Topics.EVALUATION_EVENTS, id, message, headers);
        kafka.send(Topics.EVALUATION_EVENTS, id, message, headers); // redelivered: skipped, counted
        kafka.send(Topics.EVALUATION_EVENTS, "poison-" + UUID.randomUUID(), "[]"); // dead-lettered, counted

        await().atMost(Duration.ofSeconds(20)).until(() -> count("clusters.inbox.duplicates") > duplicatesBefore
                && count("clusters.inbox.dead-lettered") > deadBefore);
        List<SpanData> processing = spans.ofTrace(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER && s.getName().equals("cluster-registry process")).toList();
        assertThat(processing).hasSize(2).allSatisfy(s -> {
            assertThat(s.getParentSpanId()).isEqualTo(producerSpanId);
            assertThat(s.getParentSpanContext().isRemote()).isTrue();
        });
        assertThat(processing).extracting(s -> s.getAttributes().asMap().entrySet().stream()
                        .filter(e -> e.getKey().getKey().equals("clusters.inbox.outcome")).findFirst().orElseThrow().getValue())
                .containsExactlyInAnyOrder("APPLIED", "DUPLICATE");
    }

    private double count(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}
