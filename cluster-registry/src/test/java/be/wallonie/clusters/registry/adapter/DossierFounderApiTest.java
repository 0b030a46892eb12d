package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** domain.md §1: support organisations are members in support, never initiators. */
@QuarkusTest
class DossierFounderApiTest {

    private static String token(String subject, String role, String org) {
        return DevTokens.mint(subject, List.of(role), org, Duration.ofMinutes(5));
    }

    private static String register(String kind, String number) {
        return given().auth().oauth2(token("cellule-1", "CELLULE", null)).contentType(ContentType.JSON)
                .body(OrganisationApiTest.json("Fondateur " + kind, number, kind, null, "1348", "BE", null))
                .post(OrganisationApiTest.PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void a_research_centre_does_not_found_a_dossier_a_federation_does() {
        String centre = OrganisationApiTest.newEnterpriseNumber();
        register("RESEARCH_CENTRE", centre);
        given().auth().oauth2(token("applicant-centre", "APPLICANT", centre)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(DossierApiTest.NEW_DOSSIER).post("/api/v1/dossiers").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/founder-not-an-enterprise"))
                .body("code", equalTo("FOUNDER_NOT_AN_ENTERPRISE"));

        String federation = OrganisationApiTest.newEnterpriseNumber();
        String federationId = register("FEDERATION", federation);
        String id = given().auth().oauth2(token("applicant-federation", "APPLICANT", federation)).contentType(ContentType.JSON)
                .body(DossierApiTest.NEW_DOSSIER).post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("applicant-federation", "APPLICANT", federation)).get("/api/v1/dossiers/{id}/content", id)
                .then().statusCode(200).body("members[0].organisationId", equalTo(federationId));
    }

    @Test
    void a_core_group_without_an_enterprise_is_a_named_warning_not_a_refusal() {
        String cellule = token("cellule-1", "CELLULE", null);
        String centre = register("RESEARCH_CENTRE", OrganisationApiTest.newEnterpriseNumber());
        String enterprise = given().auth().oauth2(cellule).contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Entreprise Noyau SRL", OrganisationApiTest.newEnterpriseNumber(), "5000"))
                .post(OrganisationApiTest.PATH).then().statusCode(201).extract().path("id");
        String id = given().auth().oauth2(cellule).contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER)
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        String members = """
                {"members": [{"organisationId": "%s", "role": "CORE_GROUP"}, {"organisationId": "%s", "role": "%s"}]}""";
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(members.formatted(centre, enterprise, "MEMBER")).put("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        given().auth().oauth2(cellule).header("Accept-Language", "en").get("/api/v1/dossiers/{id}/completeness", id).then()
                .statusCode(200).body("warnings.code", equalTo(List.of("NO_ENTERPRISE_IN_CORE_GROUP")))
                .body("warnings[0].field", equalTo("members"))
                .body("missing.code", not(hasItem("NO_ENTERPRISE_IN_CORE_GROUP")));
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(members.formatted(centre, enterprise, "CORE_GROUP")).put("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        given().auth().oauth2(cellule).get("/api/v1/dossiers/{id}/completeness", id).then().statusCode(200)
                .body("warnings", hasSize(0));
    }
}
