package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dossier's header (name, acronym, scheme, entry volet, focus) is edited while the dossier is editable. */
@QuarkusTest
class DossierHeaderApiTest {

    private static final String WITHOUT_DESCRIPTION = """
            {"name": "Cluster Lin Wallon", "scheme": "ECONOMIC_CLUSTER", "entryVolet": "SENSIBILISATION",
             "focus": {"kind": "MARKET", "domain": "textiles de lin"}}""";

    private static final String COMPLETED = """
            {"name": "Cluster Lin Wallon", "acronym": "CLW", "scheme": "ECONOMIC_CLUSTER", "entryVolet": "VALIDATION",
             "focus": {"kind": "MARKET", "domain": "textiles de lin",
                       "description": "Fibres de lin techniques pour l'isolation et les composites"}}""";

    private static String token(String subject, String role, String org) {
        return DevTokens.mint(subject, List.of(role), org, Duration.ofMinutes(5));
    }

    @Test
    void an_applicant_completes_the_focus_and_moves_the_project_to_validation_with_if_match_and_an_audit_entry() {
        String cellule = token("cellule-1", "CELLULE", null);
        String number = OrganisationApiTest.newEnterpriseNumber();
        given().auth().oauth2(cellule).contentType(ContentType.JSON).body(OrganisationApiTest.sme("Lin Hesbaye SRL", number, "4280"))
                .post(OrganisationApiTest.PATH).then().statusCode(201);
        String applicant = token("applicant-lin", "APPLICANT", number);
        String id = given().auth().oauth2(applicant).contentType(ContentType.JSON).body(WITHOUT_DESCRIPTION).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(applicant).get("/api/v1/dossiers/{id}/completeness", id).then().statusCode(200)
                .body("missing.code", hasItem("FOCUS_DESCRIPTION"));

        // If-Match is required and must be current; a refused edit changes nothing
        given().auth().oauth2(applicant).contentType(ContentType.JSON).body(COMPLETED).put("/api/v1/dossiers/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(COMPLETED)
                .put("/api/v1/dossiers/{id}", id).then().statusCode(412);
        given().auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(COMPLETED.replace("\"Cluster Lin Wallon\"", "\"\"")).put("/api/v1/dossiers/{id}", id).then().statusCode(400);
        given().auth().oauth2(applicant).get("/api/v1/dossiers/{id}", id).then().header("ETag", equalTo("\"0\""))
                .body("entryVolet", equalTo("SENSIBILISATION"));

        given().auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(COMPLETED)
                .put("/api/v1/dossiers/{id}", id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("entryVolet", equalTo("VALIDATION")).body("acronym", equalTo("CLW"))
                .body("focus.description", equalTo("Fibres de lin techniques pour l'isolation et les composites"));
        given().auth().oauth2(applicant).get("/api/v1/dossiers/{id}/completeness", id).then().statusCode(200)
                .body("missing.code", not(hasItem("FOCUS_DESCRIPTION")));
        given().auth().oauth2(cellule).get("/api/v1/dossiers/{id}/audit", id).then().statusCode(200)
                .body("find { it.action == 'CONTENT_CHANGED' }.detail", equalTo("acronym, entryVolet, focus.description"))
                .body("find { it.action == 'CONTENT_CHANGED' }.actor", equalTo("applicant-lin"));

        // the Cellule edits too; the Region does not
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(COMPLETED.replace("Cluster Lin Wallon", "Cluster Lin de Wallonie")).put("/api/v1/dossiers/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("name", equalTo("Cluster Lin de Wallonie"));
        given().auth().oauth2(token("region-1", "REGION", null)).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(COMPLETED).put("/api/v1/dossiers/{id}", id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void a_submitted_dossier_keeps_its_header() {
        String id = TestDossiers.submittedDossier();
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id)).body(COMPLETED)
                .put("/api/v1/dossiers/{id}", id).then().statusCode(409).body("code", equalTo("DOSSIER_NOT_EDITABLE"));
        given().get("/api/v1/dossiers/{id}", id).then().body("name", equalTo("Cluster Bois-Construction"));
    }
}
