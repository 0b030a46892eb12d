package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.localstack.Infrastructure;
import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.testing.KafkaTestClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A registry killed after committing a submission but before publishing it: the event waits in the
 * outbox, is published when the registry comes back, and the Comité applies it once.
 */
@Order(1) // starts services of its own, before the shared ones (SharedServices)
class CrashRecoveryTest {

    @Test
    void an_event_committed_before_a_crash_is_published_after_restart_exactly_once() throws Exception {
        SharedServices.stop(); // this test runs its own registry: one instance per consumer group
        ServiceProcess evaluation = SystemUnderTest.start(SystemUnderTest.spec("evaluation-service"), Map.of());
        ServiceProcess registry = SystemUnderTest.start(SystemUnderTest.spec("cluster-registry"),
                Map.of("CLUSTERS_OUTBOX_RELAY_ENABLED", "false"));
        try {
            String id = Flows.createAndSubmit(registry, "Cluster Photonique");
            registry.kill(); // SIGKILL: no shutdown hook, no chance to publish

            KafkaTestClient kafka = new KafkaTestClient(Infrastructure.shared().kafkaBootstrapServers());
            assertEquals(0, kafka.readAll(Topics.REGISTRY_EVENTS, Duration.ofSeconds(2)).stream()
                    .filter(r -> id.equals(r.key())).count(), "nothing was published before the crash");

            registry = SystemUnderTest.start(SystemUnderTest.spec("cluster-registry"), Map.of());
            ServiceProcess restarted = registry;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().baseUri(restarted.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE"))
                            .get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("UNDER_EVALUATION")));

            // the submission, not the dossier's membership announcements (ClusterMembershipChanged) that share its key
            assertEquals(1, kafka.readAll(Topics.REGISTRY_EVENTS, Duration.ofSeconds(2)).stream()
                    .filter(r -> id.equals(r.key()) && EventCatalog.DOSSIER_SUBMITTED.name().equals(r.event().type())).count(),
                    "published exactly once");
            given().baseUri(evaluation.baseUrl()).auth().oauth2(SystemUnderTest.token("COMITE_SECRETARIAT"))
                    .queryParam("dossierId", id).get("/api/v1/evaluation-cases")
                    .then().statusCode(200).body("$", hasSize(1));
        } finally {
            registry.close();
            evaluation.close();
        }
    }
}
