package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
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
class FundingFileFromEventsTest {

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    private static String submitted(UUID dossierId, String name) {
        DossierSnapshotV1 snapshot = new DossierSnapshotV1(name, null, "ECONOMIC_CLUSTER", "VALIDATION",
                new DossierSnapshotV1.Focus("MARKET", "plasturgie", null),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        return EventCodec.write(EventCodec.envelope(EventCatalog.DOSSIER_SUBMITTED, "/cluster-registry", dossierId.toString(),
                new DossierSubmittedV1(dossierId, 1, null, null, OffsetDateTime.now(ZoneOffset.UTC), "applicant", snapshot)));
    }

    @Test
    @TestSecurity(user = "region-it", roles = "FUNDING_READER")
    void a_submitted_dossier_opens_its_funding_file() {
        UUID dossierId = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), submitted(dossierId, "Plastiwin"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/funding-files/{id}", dossierId).then().statusCode(200)
                        .body("clusterName", equalTo("Plastiwin"))
                        .body("status", equalTo("AWAITING_DECISION")));
    }

    @Test
    @TestSecurity(user = "region-it", roles = "FUNDING_READER")
    void an_unknown_file_is_a_problem() {
        given().get("/api/v1/funding-files/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/funding-file-not-found"));
    }

    @Test
    @TestSecurity(user = "expert", roles = "EXPERT")
    void experts_do_not_read_funding_files() {
        given().get("/api/v1/funding-files/{id}", UUID.randomUUID()).then().statusCode(403);
    }
}
