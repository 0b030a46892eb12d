package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import be.wallonie.clusters.testing.OpenApiOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What operators and front-end teams rely on: readiness covering the database and Kafka, metrics, the API document. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readiness_covers_the_database_and_kafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void prometheus_metrics_include_the_outbox() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("clusters_outbox_published"));
    }

    @Test
    void the_openapi_document_lists_the_dossier_operations_with_their_security() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/dossiers"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/submission"))
                // the call and its sessions, decisions, renewal and follow-up (issue #3)
                .body("paths", hasKey("/api/v1/calls"))
                .body("paths", hasKey("/api/v1/calls/{id}/sessions"))
                .body("paths", hasKey("/api/v1/sessions/{id}"))
                .body("paths", hasKey("/api/v1/sessions/{id}/publication"))
                .body("paths", hasKey("/api/v1/public/sessions/{id}/results"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/decision"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/renewal"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/follow-up-reports"))
                // the Cellule's own work and the follow-up loop (issue #14)
                .body("paths", hasKey("/api/v1/dossiers/{id}/snapshots/{version}/cellule-avis"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/snapshots/{version}/cellule-avis/versions"))
                .body("paths", hasKey("/api/v1/accompanied-projects"))
                .body("paths", hasKey("/api/v1/accompaniment-acts"))
                .body("paths", hasKey("/api/v1/follow-up-overview"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/membership/history"))
                .body("paths", hasKey("/api/v1/worklists/cellule/awaiting-avis"))
                .body("paths", hasKey("/api/v1/worklists/cellule/follow-up-overdue"))
                .body("paths", hasKey("/api/v1/worklists/cellule/agrements-ending"))
                .body("components.schemas", hasKey("Call"))
                .body("components.schemas", hasKey("FollowUpReport"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("components.schemas", hasKey("Problem"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void every_operation_of_the_openapi_document_has_its_own_lower_camel_case_operation_id() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
        assertThat(OpenApiOperations.operationIds(paths)).hasSizeGreaterThan(70);
        assertThat(OpenApiOperations.operationIdProblems(paths)).isEmpty();
    }
}
