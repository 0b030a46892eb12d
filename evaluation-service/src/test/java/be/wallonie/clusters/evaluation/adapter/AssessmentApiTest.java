package be.wallonie.clusters.evaluation.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.evaluation.adapter.in.rest.AssessmentExamples;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentApiTest {

    @Inject
    EntityManager em;

    private long storedAssessments() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from automatic_assessment").getSingleResult()).longValue());
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void an_applicant_sees_the_automatic_results_before_submitting_and_nothing_is_stored() {
        long before = storedAssessments();
        String first = given().contentType(ContentType.JSON).body(AssessmentExamples.BUSINESS_LED).post("/api/v1/assessments")
                .then().statusCode(200)
                .body("policyVersion", notNullValue())
                .body("criteria", hasSize(8))
                .body("criteria.criterion", hasItems("BUSINESS_INITIATIVE", "CRITICAL_MASS", "INTERRELATIONS", "COMMON_INTEREST",
                        "COMPETITIVENESS", "DURABILITY", "REGIONAL_VALUE_ADDED", "SHARED_VISION"))
                .body("criteria[0].explanation.fr", notNullValue())
                .body("criteria[0].explanation.en", notNullValue())
                .body("$", org.hamcrest.Matchers.not(hasKey("caseId")))
                .extract().asString();
        // deterministic: the same snapshot and policy give the same result
        String second = given().contentType(ContentType.JSON).body(AssessmentExamples.BUSINESS_LED).post("/api/v1/assessments")
                .then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(storedAssessments()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_snapshot_the_engine_cannot_read_is_refused_with_every_offending_field() {
        String broken = AssessmentExamples.BUSINESS_LED.replace("\"scheme\": \"ECONOMIC_CLUSTER\"", "\"scheme\": \"LOBBY\"")
                .replaceFirst("\"kind\": \"ENTERPRISE\"", "\"kind\": \"GUILD\"");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(broken).post("/api/v1/assessments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_SNAPSHOT"))
                .body("errors.field", hasItems("scheme", "members[0].kind"));
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/assessments").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "expert-1", roles = "EXPERT")
    void experts_assess_through_their_cases_not_this_endpoint() {
        given().contentType(ContentType.JSON).body(AssessmentExamples.BUSINESS_LED).post("/api/v1/assessments").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "secretariat-1", roles = "COMITE_SECRETARIAT")
    void a_case_keeps_the_assessment_computed_when_it_opened() throws Exception {
        DossierSnapshotV1 snapshot = EventCodec.mapper().readValue(AssessmentExamples.BUSINESS_LED, DossierSnapshotV1.class);
        UUID dossierId = UUID.randomUUID();
        new KafkaTestClient(LocalStackTestResource.bootstrapServers()).send(Topics.REGISTRY_EVENTS, dossierId.toString(),
                EventCodec.write(EventCodec.envelope(EventCatalog.DOSSIER_SUBMITTED, "/cluster-registry", dossierId.toString(),
                        new DossierSubmittedV1(dossierId, 1, null, null, OffsetDateTime.now(ZoneOffset.UTC), "applicant-1", snapshot))));
        String caseId = await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("dossierId", dossierId)
                .get("/api/v1/evaluation-cases").then().extract().jsonPath().getString("[0].id"), id -> id != null);
        String stateless = given().contentType(ContentType.JSON).body(AssessmentExamples.BUSINESS_LED).post("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath().getString("criteria.outcome");
        given().get("/api/v1/evaluation-cases/{id}/assessment", caseId).then().statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("computedAt", notNullValue())
                .body("criteria.outcome.toString()", equalTo(stateless));
        given().get("/api/v1/evaluation-cases/{id}/assessment", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/assessment-not-found"));
    }

    @Test
    void the_openapi_document_lists_the_assessments() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/assessments"))
                .body("paths", hasKey("/api/v1/evaluation-cases/{id}/assessment"));
    }
}
