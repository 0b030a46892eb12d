package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
    void neither_a_research_centre_nor_a_federation_founds_a_dossier_an_enterprise_does() {
        for (String kind : List.of("RESEARCH_CENTRE", "FEDERATION", "CHAMBER_OF_COMMERCE", "PUBLIC_BODY")) {
            String number = OrganisationApiTest.newEnterpriseNumber();
            register(kind, number);
            given().auth().oauth2(token("applicant-" + kind, "APPLICANT", number)).contentType(ContentType.JSON)
                    .header("Accept-Language", "en").body(DossierApiTest.NEW_DOSSIER).post("/api/v1/dossiers").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://clusters.wallonie.be/problems/founder-not-an-enterprise"))
                    .body("code", equalTo("FOUNDER_NOT_AN_ENTERPRISE"))
                    .body("detail", containsString("non en initiateurs"));
        }
        String enterprise = OrganisationApiTest.newEnterpriseNumber();
        String enterpriseId = given().auth().oauth2(token("cellule-1", "CELLULE", null)).contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Fondatrice SRL", enterprise, "5000")).post(OrganisationApiTest.PATH).then()
                .statusCode(201).extract().path("id");
        String id = given().auth().oauth2(token("applicant-enterprise", "APPLICANT", enterprise)).contentType(ContentType.JSON)
                .body(DossierApiTest.NEW_DOSSIER).post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("applicant-enterprise", "APPLICANT", enterprise)).get("/api/v1/dossiers/{id}/content", id)
                .then().statusCode(200).body("members[0].organisationId", equalTo(enterpriseId));
    }

    @Test
    void a_core_group_whose_enterprises_are_not_a_majority_is_a_missing_item_that_blocks_submission() {
        String cellule = token("cellule-1", "CELLULE", null);
        String centre = register("RESEARCH_CENTRE", OrganisationApiTest.newEnterpriseNumber());
        String federation = register("FEDERATION", OrganisationApiTest.newEnterpriseNumber());
        String enterprise = given().auth().oauth2(cellule).contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Entreprise Noyau SRL", OrganisationApiTest.newEnterpriseNumber(), "5000"))
                .post(OrganisationApiTest.PATH).then().statusCode(201).extract().path("id");
        String other = given().auth().oauth2(cellule).contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Seconde Entreprise SRL", OrganisationApiTest.newEnterpriseNumber(), "5000"))
                .post(OrganisationApiTest.PATH).then().statusCode(201).extract().path("id");
        String id = given().auth().oauth2(cellule).contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER)
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        String members = """
                {"members": [{"organisationId": "%s", "role": "CORE_GROUP"}, {"organisationId": "%s", "role": "CORE_GROUP"},
                             {"organisationId": "%s", "role": "%s"}]}""";
        // 1 enterprise of 2: not a majority
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(members.formatted(enterprise, centre, federation, "SUPPORT")).put("/api/v1/dossiers/{id}/content", id)
                .then().statusCode(200);
        given().auth().oauth2(cellule).header("Accept-Language", "en").get("/api/v1/dossiers/{id}/completeness", id).then()
                .statusCode(200).body("missing.code", hasItem("CORE_GROUP_ENTERPRISE_MAJORITY"))
                .body("missing.find { it.code == 'CORE_GROUP_ENTERPRISE_MAJORITY' }.field", equalTo("members"))
                .body("missing.find { it.code == 'CORE_GROUP_ENTERPRISE_MAJORITY' }.message",
                        containsString("une association de fait ou légale à l'initiative majoritairement d'entreprises"))
                .body("warnings", hasSize(0));
        given().auth().oauth2(cellule).header("If-Match", "\"1\"").post("/api/v1/dossiers/{id}/submission", id).then()
                .statusCode(422).body("errors.code", hasItem("CORE_GROUP_ENTERPRISE_MAJORITY"));
        given().auth().oauth2(cellule).get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("DRAFT"));
        // 2 enterprises of 3: a majority
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(members.formatted(enterprise, centre, other, "CORE_GROUP")).put("/api/v1/dossiers/{id}/content", id)
                .then().statusCode(200);
        given().auth().oauth2(cellule).get("/api/v1/dossiers/{id}/completeness", id).then().statusCode(200)
                .body("missing.code", not(hasItem("CORE_GROUP_ENTERPRISE_MAJORITY"))).body("warnings", hasSize(0));
    }
}
