package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.registry.adapter.out.persistence.DossierStatusChangeEntity;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "cellule", roles = "CELLULE")
class EvaluationEventsConsumerTest {

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    private static String opened(UUID dossierId, int snapshotVersion) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.EVALUATION_OPENED, "/evaluation-service", UUID.randomUUID().toString(),
                new EvaluationOpenedV1(UUID.randomUUID(), dossierId, snapshotVersion, 1, OffsetDateTime.now(ZoneOffset.UTC))));
    }

    @Test
    void the_comite_opening_a_case_puts_the_dossier_under_evaluation_once_even_if_redelivered() {
        String id = TestDossiers.submittedDossier();
        String message = opened(UUID.fromString(id), 1);

        kafka.send(Topics.EVALUATION_EVENTS, id, message);
        kafka.send(Topics.EVALUATION_EVENTS, id, message);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("UNDER_EVALUATION")));
        // both copies consumed: a marker message sent after them has been applied too
        String marker = TestDossiers.submittedDossier();
        kafka.send(Topics.EVALUATION_EVENTS, marker, opened(UUID.fromString(marker), 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/dossiers/{id}", marker).then().body("status", equalTo("UNDER_EVALUATION")));

        List<DossierStatusChangeEntity> trail = QuarkusTransaction.requiringNew().call(() ->
                DossierStatusChangeEntity.<DossierStatusChangeEntity>list("dossierId = ?1 order by changedAt", UUID.fromString(id)));
        assertThat(trail).extracting(c -> c.fromStatus + "->" + c.toStatus)
                .containsExactly("DRAFT->SUBMITTED", "SUBMITTED->UNDER_EVALUATION");
    }

    @Test
    void an_unreadable_message_is_dead_lettered_with_its_reason() {
        String key = "poison-" + UUID.randomUUID();
        kafka.send(Topics.EVALUATION_EVENTS, key, "[]");
        List<KafkaTestClient.Received> dead = kafka.readUntil(Topics.REGISTRY_DLQ,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(20));
        KafkaTestClient.Received letter = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(letter.headers().get("dead-letter-reason")).isNotBlank();
    }
}
