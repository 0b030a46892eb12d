package be.wallonie.clusters.evaluation.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import be.wallonie.clusters.testing.OpenApiOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void the_openapi_document_lists_policy_evaluations_and_comite_sessions_with_their_roles_and_examples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/policy-evaluations"))
                .body("paths", hasKey("/api/v1/policy-evaluations/{id}"))
                .body("paths", hasKey("/api/v1/policy-evaluations/{id}.csv"))
                .body("paths", hasKey("/api/v1/policy-evaluations/{id}.html"))
                .body("paths", hasKey("/api/v1/policy-evaluations/{id}/findings"))
                .body("paths", hasKey("/api/v1/policy-evaluations/{id}/finalisation"))
                .body("paths", hasKey("/api/v1/evaluation-cases/{id}/cellule-avis")) // the Cellule's avis (issue #14)
                .body("paths", hasKey("/api/v1/policy-evaluations/{id}/findings/history"))
                .body("paths.'/api/v1/policy-evaluations/{id}'.get.responses.'200'.content", hasKey("text/html"))
                .body("paths.'/api/v1/policy-evaluations/{id}/findings'.put.description", containsString("If-Match"))
                .body("paths", hasKey("/api/v1/comite-sessions"))
                .body("paths", hasKey("/api/v1/comite-sessions/{id}"))
                .body("paths", hasKey("/api/v1/comite-sessions/{id}/agenda"))
                .body("paths", hasKey("/api/v1/comite-sessions/{id}/attendance"))
                .body("paths", hasKey("/api/v1/comite-sessions/{id}/agenda/{caseId}/recusals"))
                .body("paths", hasKey("/api/v1/comite-sessions/{id}/minutes"))
                .body("paths", hasKey("/api/v1/comite-sessions/{id}/closure"))
                .body("paths.'/api/v1/policy-evaluations'.post.description", containsString("Roles: COMITE_SECRETARIAT"))
                .body("paths.'/api/v1/policy-evaluations'.get.description", containsString("REGION, CELLULE"))
                .body("paths.'/api/v1/policy-evaluations/{id}'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths.'/api/v1/policy-evaluations/{id}'.get.description", containsString("`report_id`"))
                .body("paths.'/api/v1/policy-evaluations'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/comite-sessions'.get.description", containsString("EXPERT"))
                .body("paths.'/api/v1/comite-sessions/{id}/minutes'.put.description", containsString("If-Match"));
    }

    @Test
    void every_operation_of_the_openapi_document_has_its_own_lower_camel_case_operation_id() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
        assertThat(OpenApiOperations.operationIds(paths)).hasSizeGreaterThan(40);
        assertThat(OpenApiOperations.operationIdProblems(paths)).isEmpty();
    }
}
