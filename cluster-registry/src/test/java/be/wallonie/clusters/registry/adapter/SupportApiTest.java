package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.AnimatorCostsDeclaredV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportGrantedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Preparation support, declared costs and the flagship label, each announced to the funding service. */
@QuarkusTest
@TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
class SupportApiTest {

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    private static String submittedWithAnimatorPost() {
        String org = OrganisationApiTest.create(OrganisationApiTest.sme("Plastiwin ASBL", OrganisationApiTest.newEnterpriseNumber(),
                "7000")).path("id");
        String id = TestDossiers.completeDossier();
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id)).body("""
                {"employerOrganisationId": "%s", "fte": 0.8, "startDate": "2027-01-01", "yearlyCost": 80000.00}""".formatted(org))
                .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(200);
        given().post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        return id;
    }

    @Test
    void a_cluster_in_validation_phase_gets_preparation_support_once_and_then_declares_its_costs() {
        String id = submittedWithAnimatorPost();
        given().contentType(ContentType.JSON).body("{\"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\"}")
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200)
                .body("startDate", equalTo("2027-01-01")).body("grantedBy", equalTo("region-1"));
        given().contentType(ContentType.JSON).body("{\"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\"}")
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(409)
                .body("code", equalTo("PREPARATION_SUPPORT_EXISTS"));

        given().contentType(ContentType.JSON).body("{\"budgetYear\": 2027, \"eligibleCosts\": 78000.00}")
                .post("/api/v1/dossiers/{id}/animator-costs", id).then().statusCode(200).body("budgetYear", equalTo(2027));
        given().contentType(ContentType.JSON).body("{\"budgetYear\": 2027, \"eligibleCosts\": 81000.00}")
                .post("/api/v1/dossiers/{id}/animator-costs", id).then().statusCode(400)
                .body("code", equalTo("CORRECTION_REASON_REQUIRED")).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body("{\"budgetYear\": 2027, \"eligibleCosts\": 81000.00, \"reason\": \"facture tardive\"}")
                .post("/api/v1/dossiers/{id}/animator-costs", id).then().statusCode(200);
        given().get("/api/v1/dossiers/{id}/animator-costs", id).then().body("$", hasSize(2))
                .body("[1].reason", equalTo("facture tardive"));
        given().get("/api/v1/dossiers/{id}/audit", id).then()
                .body("action", hasItems("PREPARATION_SUPPORT_GRANTED", "ANIMATOR_COSTS_DECLARED"));

        List<KafkaTestClient.Received> events = kafka.readUntil(Topics.REGISTRY_EVENTS,
                r -> r.stream().filter(m -> TestDossiers.eventOf(id, m)).count() >= 4, Duration.ofSeconds(30)).stream()
                .filter(m -> TestDossiers.eventOf(id, m)).toList();
        assertThat(events).extracting(m -> m.event().type()).containsExactly(EventCatalog.DOSSIER_SUBMITTED.name(),
                EventCatalog.PREPARATION_SUPPORT_GRANTED.name(), EventCatalog.ANIMATOR_COSTS_DECLARED.name(),
                EventCatalog.ANIMATOR_COSTS_DECLARED.name());
        assertThat(events).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        PreparationSupportGrantedV1 support = EventCodec.payload(events.get(1).event(), EventCatalog.PREPARATION_SUPPORT_GRANTED);
        assertThat(support.endDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(support.beneficiary().name()).isEqualTo("Plastiwin ASBL");
        assertThat(support.animator().yearlyCost()).isEqualByComparingTo("80000.00");
        AnimatorCostsDeclaredV1 correction = EventCodec.payload(events.get(3).event(), EventCatalog.ANIMATOR_COSTS_DECLARED);
        assertThat(correction.eligibleCosts()).isEqualByComparingTo("81000.00");
        assertThat(correction.reason()).isEqualTo("facture tardive");
    }

    @Test
    void support_and_costs_follow_the_rules() {
        // a draft is in preparation too (issue #11), but the support needs the animateur post it funds
        String draft = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).body("{\"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\"}")
                .post("/api/v1/dossiers/{id}/preparation-support", draft).then().statusCode(409)
                .body("code", equalTo("ANIMATOR_POST_MISSING"));
        given().contentType(ContentType.JSON).body("{\"budgetYear\": 2027, \"eligibleCosts\": 1.00}")
                .post("/api/v1/dossiers/{id}/animator-costs", draft).then().statusCode(409).body("code", equalTo("NO_CO_FUNDING"));
        String id = submittedWithAnimatorPost();
        given().contentType(ContentType.JSON).body("{\"startDate\": \"2027-12-31\", \"endDate\": \"2027-01-01\"}")
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"budgetYear\": 2027, \"eligibleCosts\": -1}")
                .post("/api/v1/dossiers/{id}/animator-costs", id).then().statusCode(400).body("errors[0].field", equalTo("eligibleCosts"));
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", id).then()
                .statusCode(409).body("code", equalTo("NOT_VALIDATED"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void only_the_region_grants_support_and_labels() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).body("{\"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\"}")
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", id).then()
                .statusCode(403);
    }
}
