package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.DossierReturnedForCompletionV1;
import be.wallonie.clusters.contracts.registry.DossierWithdrawnV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Withdrawal and return for completion, through the API, with optimistic locking and roles. */
@QuarkusTest
class LifecycleApiTest {

    private static String etag(String id) {
        return given().get("/api/v1/dossiers/{id}", id).then().extract().header("ETag");
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void applicants_withdraw_a_draft_and_it_is_closed() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/dossiers/{id}/withdrawal", id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{}").post("/api/v1/dossiers/{id}/withdrawal", id)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"reason\": \"Le partenariat ne se poursuit pas\"}")
                .post("/api/v1/dossiers/{id}/withdrawal", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{}").post("/api/v1/dossiers/{id}/withdrawal", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION_WITHDRAWN_TO_WITHDRAWN"));
        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_cellule_returns_a_dossier_with_a_reason_and_the_resubmission_is_a_new_snapshot() {
        String id = TestDossiers.submittedDossier();
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"reason\": \" \"}")
                .post("/api/v1/dossiers/{id}/return-for-completion", id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"reason\": \"Le plan d'actions ne chiffre pas le budget des actions ciblées\"}")
                .post("/api/v1/dossiers/{id}/return-for-completion", id).then().statusCode(200)
                .body("status", equalTo("RETURNED_FOR_COMPLETION"));
        given().get("/api/v1/dossiers/{id}/audit", id).then()
                .body("find { it.detail == 'SUBMITTED → RETURNED_FOR_COMPLETION' }.reason",
                        equalTo("Le plan d'actions ne chiffre pas le budget des actions ciblées"));

        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("snapshotVersion", equalTo(2));
        List<KafkaTestClient.Received> published = new KafkaTestClient(LocalStackTestResource.bootstrapServers())
                .readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().filter(m -> TestDossiers.eventOf(id, m)).count() >= 3, Duration.ofSeconds(30))
                .stream().filter(m -> TestDossiers.eventOf(id, m)).toList();
        assertThat(published).extracting(m -> m.event().type()).containsExactly(EventCatalog.DOSSIER_SUBMITTED.name(),
                EventCatalog.DOSSIER_RETURNED_FOR_COMPLETION.name(), EventCatalog.DOSSIER_SUBMITTED.name());
        assertThat(published).filteredOn(m -> m.event().type().equals(EventCatalog.DOSSIER_SUBMITTED.name()))
                .extracting(m -> EventCodec.payload(m.event(), EventCatalog.DOSSIER_SUBMITTED).snapshotVersion())
                .containsExactly(1, 2);
        DossierReturnedForCompletionV1 returned = EventCodec.payload(published.get(1).event(), EventCatalog.DOSSIER_RETURNED_FOR_COMPLETION);
        assertThat(returned.dossierId()).hasToString(id);
        assertThat(returned.snapshotVersion()).isEqualTo(1);
        assertThat(returned.reason()).isEqualTo("Le plan d'actions ne chiffre pas le budget des actions ciblées");
        assertThat(returned.by()).isEqualTo("cellule-1");
        assertThat(returned.at()).isNotNull();
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void withdrawing_a_submitted_dossier_tells_the_comite_in_an_event() {
        String id = TestDossiers.submittedDossier();
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"reason\": \"Le consortium se dissout\"}")
                .post("/api/v1/dossiers/{id}/withdrawal", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        List<KafkaTestClient.Received> withdrawals = new KafkaTestClient(LocalStackTestResource.bootstrapServers())
                .readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().anyMatch(m -> TestDossiers.eventOf(id, m)
                        && m.event().type().equals(EventCatalog.DOSSIER_WITHDRAWN.name())), Duration.ofSeconds(30))
                .stream().filter(m -> TestDossiers.eventOf(id, m) && m.event().type().equals(EventCatalog.DOSSIER_WITHDRAWN.name())).toList();
        assertThat(withdrawals).hasSize(1);
        DossierWithdrawnV1 withdrawn = EventCodec.payload(withdrawals.get(0).event(), EventCatalog.DOSSIER_WITHDRAWN);
        assertThat(withdrawn.dossierId()).hasToString(id);
        assertThat(withdrawn.snapshotVersion()).isEqualTo(1);
        assertThat(withdrawn.reason()).isEqualTo("Le consortium se dissout");
        assertThat(withdrawn.by()).isEqualTo("cellule-1");
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void applicants_do_not_return_dossiers() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"reason\": \"x\"}")
                .post("/api/v1/dossiers/{id}/return-for-completion", id).then().statusCode(403);
    }
}
