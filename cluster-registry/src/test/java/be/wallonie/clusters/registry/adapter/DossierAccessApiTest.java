package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dossier-scoped endpoint refuses an applicant whose organisation is registered but not a core-group member of the
 * dossier: 403 with the access reason where the role may call the endpoint, 403 by role where it may not. An applicant
 * whose organisation employs the dossier's declared animateur acts for the dossier (issue #11): no endpoint its role may
 * call refuses it access.
 */
@QuarkusTest
class DossierAccessApiTest {

    private static final int YEAR = LocalDate.now().getYear();

    /** A dossier opened by the Cellule (no core group yet), created once for all the cases. */
    private static String dossierId;
    private static String outsider;
    /** A dossier opened by the Cellule whose animateur is employed by an organisation outside its core group. */
    private static String animatedDossierId;
    private static String animateurEmployer;

    private static String token(String subject, String role, String org) {
        return DevTokens.mint(subject, List.of(role), org, Duration.ofMinutes(5));
    }

    private static synchronized void prepare() {
        if (dossierId != null) {
            return;
        }
        String cellule = token("cellule-1", "CELLULE", null);
        String number = OrganisationApiTest.newEnterpriseNumber();
        given().auth().oauth2(cellule).contentType(ContentType.JSON).body(OrganisationApiTest.sme("Outsider SRL", number, "5100"))
                .post(OrganisationApiTest.PATH).then().statusCode(201);
        outsider = token("applicant-outsider", "APPLICANT", number);
        dossierId = given().auth().oauth2(cellule).contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER)
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");

        String employerNumber = OrganisationApiTest.newEnterpriseNumber();
        String employer = given().auth().oauth2(cellule).contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Animation de Clusters SRL", employerNumber, "4020"))
                .post(OrganisationApiTest.PATH).then().statusCode(201).extract().path("id");
        animateurEmployer = token("applicant-animateur", "APPLICANT", employerNumber);
        animatedDossierId = given().auth().oauth2(cellule).contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER)
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2027-01-01", "yearlyCost": 90000.00,
                 "privateContributionsPerYear": 30000.00, "animatorName": "Jeanne Dupont"}""".formatted(employer))
                .put("/api/v1/dossiers/{id}/animator-post", animatedDossierId).then().statusCode(200);
    }

    static Stream<Arguments> readEndpoints() {
        return Stream.of(
                Arguments.of("/api/v1/dossiers/{id}", true),
                Arguments.of("/api/v1/dossiers/{id}/content", true),
                Arguments.of("/api/v1/dossiers/{id}/completeness", true),
                Arguments.of("/api/v1/dossiers/{id}/snapshots", true),
                Arguments.of("/api/v1/dossiers/{id}/snapshots/1", true),
                Arguments.of("/api/v1/dossiers/{id}/opinion", true),
                Arguments.of("/api/v1/dossiers/{id}/decisions", true),
                Arguments.of("/api/v1/dossiers/{id}/agrements", true),
                Arguments.of("/api/v1/dossiers/{id}/animator-costs", true),
                Arguments.of("/api/v1/dossiers/{id}/funded-beneficiary", true),
                Arguments.of("/api/v1/dossiers/{id}/pole-projects", true),
                Arguments.of("/api/v1/dossiers/{id}/preparation-support", true),
                Arguments.of("/api/v1/dossiers/{id}/session", true),
                Arguments.of("/api/v1/dossiers/{id}/follow-up-reports", true),
                Arguments.of("/api/v1/dossiers/{id}/follow-up-reports/" + YEAR, true),
                Arguments.of("/api/v1/dossiers/{id}/follow-up-reports/" + YEAR + "/plan", true),
                Arguments.of("/api/v1/dossiers/{id}/snapshots/1/cellule-avis", true),
                Arguments.of("/api/v1/dossiers/{id}/snapshots/1/cellule-avis/versions", true),
                // the audit trail is not for applicants at all
                Arguments.of("/api/v1/dossiers/{id}/audit", false));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("readEndpoints")
    void an_applicant_outside_the_core_group_reads_nothing_of_the_dossier(String path, boolean roleMayCall) {
        prepare();
        var response = given().auth().oauth2(outsider).get(path, dossierId).then().statusCode(403)
                .contentType("application/problem+json");
        if (roleMayCall) {
            response.body("code", equalTo("NOT_CORE_GROUP_MEMBER"));
        }
    }

    static Stream<Arguments> changeEndpoints() {
        String header = DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", "Cluster détourné");
        String post = """
                {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2027-01-01", "yearlyCost": 90000.00,
                 "privateContributionsPerYear": 30000.00, "animatorName": "Jeanne Dupont"}""".formatted(UUID.randomUUID());
        String report = FollowUpApiTest.report(YEAR, FollowUpApiTest.indicators(1, "12"));
        String correction = "{\"correctionReason\": \"correction\", \"indicators\": %s, \"plan\": %s}"
                .formatted(FollowUpApiTest.indicators(1, "12"), FollowUpApiTest.PLAN);
        return Stream.of(
                Arguments.of("PUT", "/api/v1/dossiers/{id}", header, true),
                Arguments.of("PUT", "/api/v1/dossiers/{id}/content", "{\"vision\": \"Une vision\"}", true),
                Arguments.of("POST", "/api/v1/dossiers/{id}/submission", null, true),
                Arguments.of("POST", "/api/v1/dossiers/{id}/withdrawal", "{\"reason\": \"retrait\"}", true),
                Arguments.of("POST", "/api/v1/dossiers/{id}/renewal", null, true),
                Arguments.of("PUT", "/api/v1/dossiers/{id}/animator-post", post, true),
                Arguments.of("PUT", "/api/v1/dossiers/{id}/funded-beneficiary", "{\"organisationId\": \"" + UUID.randomUUID() + "\"}", true),
                Arguments.of("POST", "/api/v1/dossiers/{id}/animator-costs", "{\"budgetYear\": 2027, \"eligibleCosts\": 1.00}", true),
                Arguments.of("POST", "/api/v1/dossiers/{id}/follow-up-reports", report, true),
                Arguments.of("PUT", "/api/v1/dossiers/{id}/follow-up-reports/" + YEAR, correction, true),
                // endpoints of other roles
                Arguments.of("PUT", "/api/v1/dossiers/{id}/session", "{\"sessionId\": \"" + UUID.randomUUID() + "\"}", false),
                Arguments.of("POST", "/api/v1/dossiers/{id}/return-for-completion", "{\"reason\": \"à compléter\"}", false),
                Arguments.of("POST", "/api/v1/dossiers/{id}/decision", "{\"outcome\": \"VALIDATED\"}", false),
                Arguments.of("POST", "/api/v1/dossiers/{id}/preparation-support",
                        "{\"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\"}", false),
                Arguments.of("PUT", "/api/v1/dossiers/{id}/flagship", "{\"flagship\": true}", false),
                Arguments.of("POST", "/api/v1/dossiers/{id}/pole-projects", "{\"kind\": \"R_AND_D\"}", false),
                Arguments.of("PUT", "/api/v1/dossiers/{id}/snapshots/1/cellule-avis", CelluleAvisApiTest.avis("FAVOURABLE", "Avis"), false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("changeEndpoints")
    void an_applicant_outside_the_core_group_changes_nothing_of_the_dossier(String method, String path, String body,
            boolean roleMayCall) {
        prepare();
        RequestSpecification request = given().auth().oauth2(outsider).header("If-Match", "\"0\"");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        var response = request.request(method, path, dossierId).then().statusCode(403).contentType("application/problem+json");
        if (roleMayCall) {
            response.body("code", equalTo("NOT_CORE_GROUP_MEMBER"));
        }
        // nothing changed
        given().auth().oauth2(token("cellule-1", "CELLULE", null)).get("/api/v1/dossiers/{id}", dossierId).then()
                .statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"))
                .body("name", equalTo("Cluster Bois-Construction"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("readEndpoints")
    void the_animateur_s_employer_is_let_through_every_read_its_role_may_call(String path, boolean roleMayCall) {
        prepare();
        int status = given().auth().oauth2(animateurEmployer).get(path, animatedDossierId).then().extract().statusCode();
        if (roleMayCall) {
            // 200, or 404 where there is nothing yet (no snapshot, opinion, session or report): never an access refusal
            assertThat(status).as(path).isIn(200, 404);
        } else {
            assertThat(status).as(path).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("changeEndpoints")
    void the_animateur_s_employer_is_let_through_every_change_its_role_may_call(String method, String path, String body,
            boolean roleMayCall) {
        prepare();
        // a stale If-Match, so that the walk changes nothing: the refusal, if any, is about the version or the rules
        RequestSpecification request = given().auth().oauth2(animateurEmployer).header("If-Match", "\"0\"");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        var response = request.request(method, path, animatedDossierId).then().extract();
        if (roleMayCall) {
            assertThat(response.statusCode()).as(method + " " + path).isNotEqualTo(403);
            assertThat(response.body().asString()).doesNotContain("NOT_CORE_GROUP_MEMBER");
        } else {
            assertThat(response.statusCode()).as(method + " " + path).isEqualTo(403);
        }
    }

    @Test
    void the_animateur_s_employer_reads_edits_and_lists_the_dossier_and_a_stranger_still_cannot() {
        prepare();
        given().auth().oauth2(animateurEmployer).get("/api/v1/dossiers/{id}", animatedDossierId).then().statusCode(200)
                .body("id", equalTo(animatedDossierId));
        String etag = given().auth().oauth2(animateurEmployer).get("/api/v1/dossiers/{id}", animatedDossierId).then()
                .extract().header("ETag");
        String renamed = DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", "Cluster Bois animé");
        given().auth().oauth2(animateurEmployer).contentType(ContentType.JSON).header("If-Match", etag).body(renamed)
                .put("/api/v1/dossiers/{id}", animatedDossierId).then().statusCode(200).body("name", equalTo("Cluster Bois animé"));
        given().auth().oauth2(animateurEmployer).contentType(ContentType.JSON)
                .header("If-Match", given().auth().oauth2(animateurEmployer).get("/api/v1/dossiers/{id}", animatedDossierId).then()
                        .extract().header("ETag"))
                .body("{\"vision\": \"Animer la filière bois wallonne\"}")
                .put("/api/v1/dossiers/{id}/content", animatedDossierId).then().statusCode(200);
        given().auth().oauth2(animateurEmployer).get("/api/v1/dossiers/{id}/content", animatedDossierId).then().statusCode(200)
                .body("vision", equalTo("Animer la filière bois wallonne"));
        // the animateur finds the dossier in its list; the stranger does not
        given().auth().oauth2(animateurEmployer).queryParam("size", 100).get("/api/v1/dossiers").then().statusCode(200)
                .body("items.id", hasItem(animatedDossierId));
        given().auth().oauth2(outsider).queryParam("size", 100).get("/api/v1/dossiers").then().statusCode(200)
                .body("items.id", not(hasItem(animatedDossierId)));

        // the stranger still gets the existing refusal on this dossier, and changes nothing
        given().auth().oauth2(outsider).get("/api/v1/dossiers/{id}", animatedDossierId).then().statusCode(403)
                .body("code", equalTo("NOT_CORE_GROUP_MEMBER"));
        String current = given().auth().oauth2(animateurEmployer).get("/api/v1/dossiers/{id}", animatedDossierId).then()
                .extract().header("ETag");
        given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", current)
                .body(DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", "Cluster détourné"))
                .put("/api/v1/dossiers/{id}", animatedDossierId).then().statusCode(403).body("code", equalTo("NOT_CORE_GROUP_MEMBER"));
        given().auth().oauth2(animateurEmployer).get("/api/v1/dossiers/{id}", animatedDossierId).then()
                .header("ETag", equalTo(current)).body("name", equalTo("Cluster Bois animé"));
    }
}
