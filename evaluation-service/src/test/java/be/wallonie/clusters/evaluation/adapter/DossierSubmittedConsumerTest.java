package be.wallonie.clusters.evaluation.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "secretariat", roles = "COMITE_SECRETARIAT")
class DossierSubmittedConsumerTest {

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    static CloudEvent submitted(UUID dossierId, int snapshotVersion) {
        DossierSnapshotV1 snapshot = new DossierSnapshotV1("TWEED", "TWEED", "ECONOMIC_CLUSTER", "VALIDATION",
                new DossierSnapshotV1.Focus("MARKET", "énergie durable", null),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        return EventCodec.envelope(EventCatalog.DOSSIER_SUBMITTED, "/cluster-registry", dossierId.toString(),
                new DossierSubmittedV1(dossierId, snapshotVersion, null, null, OffsetDateTime.now(ZoneOffset.UTC), "applicant-1", snapshot));
    }

    @Test
    void a_submitted_snapshot_opens_one_case_and_publishes_EvaluationOpened() {
        UUID dossierId = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), EventCodec.write(submitted(dossierId, 1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("dossierId", dossierId).get("/api/v1/evaluation-cases")
                        .then().statusCode(200).body("$", hasSize(1)).body("[0].round", equalTo(1)));

        List<KafkaTestClient.Received> opened = kafka.readUntil(Topics.EVALUATION_EVENTS,
                rs -> rs.stream().anyMatch(r -> dossierId.toString().equals(r.key())), Duration.ofSeconds(20));
        CloudEvent event = opened.stream().filter(r -> dossierId.toString().equals(r.key())).findFirst().orElseThrow().event();
        assertThat(EventSchemas.violations(event)).isEmpty();
        EvaluationOpenedV1 payload = EventCodec.payload(event, EventCatalog.EVALUATION_OPENED);
        assertThat(payload.dossierId()).isEqualTo(dossierId);
        assertThat(payload.round()).isEqualTo(1);
        assertThat(payload.snapshotVersion()).isEqualTo(1);
    }

    @Test
    void a_redelivered_event_is_applied_once() {
        UUID dossierId = UUID.randomUUID();
        String message = EventCodec.write(submitted(dossierId, 1));
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), message);
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), message);
        // a later, different snapshot of the same dossier proves both copies were consumed before it
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), EventCodec.write(submitted(dossierId, 2)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("dossierId", dossierId).get("/api/v1/evaluation-cases")
                        .then().statusCode(200).body("$", hasSize(2))
                        .body("[0].snapshotVersion", equalTo(1)).body("[0].round", equalTo(1))
                        .body("[1].snapshotVersion", equalTo(2)).body("[1].round", equalTo(2)));

        List<KafkaTestClient.Received> opened = kafka.readUntil(Topics.EVALUATION_EVENTS,
                rs -> rs.stream().filter(r -> dossierId.toString().equals(r.key())).count() >= 2, Duration.ofSeconds(20));
        assertThat(kafka.readAll(Topics.EVALUATION_EVENTS, Duration.ofSeconds(2)).stream()
                .filter(r -> dossierId.toString().equals(r.key()))).hasSize(2);
        assertThat(opened).isNotEmpty();
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_topic_with_its_reason_and_the_consumer_goes_on() {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, poisonKey, "{not json at all");
        UUID dossierId = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), EventCodec.write(submitted(dossierId, 1)));

        List<KafkaTestClient.Received> dead = kafka.readUntil(Topics.EVALUATION_DLQ,
                rs -> rs.stream().anyMatch(r -> poisonKey.equals(r.key())), Duration.ofSeconds(20));
        KafkaTestClient.Received letter = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(letter.value()).isEqualTo("{not json at all");
        assertThat(letter.headers().get("dead-letter-reason")).contains("not a CloudEvents JSON envelope");
        assertThat(letter.headers()).containsEntry("dead-letter-topic", Topics.REGISTRY_EVENTS);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("dossierId", dossierId).get("/api/v1/evaluation-cases")
                        .then().statusCode(200).body("$", hasSize(1)));
    }

    @Test
    void an_event_whose_payload_breaks_its_contract_is_dead_lettered_too() {
        UUID dossierId = UUID.randomUUID();
        String broken = EventCodec.write(submitted(dossierId, 1)).replace("\"snapshotVersion\":1", "\"snapshotVersion\":\"one\"");
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), broken);

        List<KafkaTestClient.Received> dead = kafka.readUntil(Topics.EVALUATION_DLQ,
                rs -> rs.stream().anyMatch(r -> dossierId.toString().equals(r.key())), Duration.ofSeconds(20));
        assertThat(dead.stream().filter(r -> dossierId.toString().equals(r.key()))).hasSize(1);
        given().queryParam("dossierId", dossierId).get("/api/v1/evaluation-cases").then().body("$", hasSize(0));
    }

    @Test
    void cases_are_for_the_secretariat_only() {
        given().queryParam("dossierId", UUID.randomUUID()).get("/api/v1/evaluation-cases").then().statusCode(200);
    }
}
