package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicRegisterTest {

    static final String PATH = "/api/v1/public/clusters";

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void a_validated_cluster_appears_in_the_register_with_its_agrement_and_label() {
        String id = new DecisionApiTest().dossierWithOpinion("FAVOURABLE", true);
        given().get(PATH).then().statusCode(200).body("items.dossierId", not(hasItem(id)));
        String etag = given().get("/api/v1/dossiers/{id}", id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"2026-01-01\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", id).then().statusCode(204);

        String tag = given().queryParam("flagship", true).queryParam("size", 100).get(PATH).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=300"))
                .body("items.dossierId", hasItem(id))
                .body("items.find { it.dossierId == '" + id + "' }.agrementStart", equalTo("2026-01-01"))
                .body("items.find { it.dossierId == '" + id + "' }.agrementEnd", equalTo("2028-12-31"))
                .body("items.find { it.dossierId == '" + id + "' }.scheme", equalTo("ECONOMIC_CLUSTER"))
                .body("items.find { it.dossierId == '" + id + "' }.flagship", equalTo(true))
                .extract().header("ETag");
        given().queryParam("flagship", true).queryParam("size", 100).header("If-None-Match", tag).get(PATH).then().statusCode(304);
        given().queryParam("flagship", false).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("items.dossierId", not(hasItem(id)));
    }

    @Test
    void anyone_reads_the_register_without_a_token() {
        given().get(PATH).then().statusCode(200).body("page", equalTo(0));
        given().queryParam("scheme", "LOBBY").get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scheme"));
        given().queryParam("size", 1000).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
