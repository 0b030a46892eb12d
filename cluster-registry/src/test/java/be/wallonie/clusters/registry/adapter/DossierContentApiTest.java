package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dossier's content through the API: editing, completeness, frozen snapshots, and who may do what. */
@QuarkusTest
class DossierContentApiTest {

    private static String token(String subject, String role, String org) {
        return DevTokens.mint(subject, List.of(role), org, Duration.ofMinutes(5));
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String register(String cellule, String body) {
        return as(cellule).contentType(ContentType.JSON).body(body).post(OrganisationApiTest.PATH).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void an_applicant_builds_a_full_dossier_checks_it_and_submits_a_frozen_snapshot() {
        String cellule = token("cellule-1", "CELLULE", null);
        String number = OrganisationApiTest.newEnterpriseNumber();
        String core = register(cellule, OrganisationApiTest.sme("Ossature Namuroise SRL", number, "5000"));
        String applicant = token("applicant-full", "APPLICANT", number);
        String id = as(applicant).contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
        // the applicant's organisation is the first core-group member
        as(applicant).get("/api/v1/dossiers/{id}/content", id).then().statusCode(200)
                .body("members", hasSize(1)).body("members[0].organisationId", equalTo(core))
                .body("members[0].role", equalTo("CORE_GROUP"));
        as(applicant).get("/api/v1/dossiers/{id}/completeness", id).then().statusCode(200).body("complete", equalTo(false))
                .body("missing.code", hasItems("TOO_FEW_MEMBERS", "CO_OPTATION", "RELATIONS", "ACTIONS", "ANIMATOR_POST"))
                .body("missing.find { it.code == 'CO_OPTATION' }.field", equalTo("members[0].coOptation"));

        String memberNumber = OrganisationApiTest.newEnterpriseNumber();
        String member = register(cellule, OrganisationApiTest.sme("Scierie Ardennaise SA", memberNumber, "6600"));
        String support = register(cellule, OrganisationApiTest.json("Centre Technique Bois", OrganisationApiTest.newEnterpriseNumber(),
                "RESEARCH_CENTRE", null, "1348", "BE", null));
        as(applicant).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(TestDossiers.content(core, member, support))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("relations[0].direction", equalTo("VERTICAL")).body("relations[0].market", equalTo(true))
                .body("actions[0].axis", equalTo("PROMOTION"));
        as(applicant).header("Accept-Language", "en").get("/api/v1/dossiers/{id}/completeness", id).then()
                .body("missing.code", equalTo(List.of("ANIMATOR_POST")))
                .body("missing[0].message", equalTo("state the animateur post (hiring an animateur is mandatory)"));
        as(applicant).contentType(ContentType.JSON).header("If-Match", "\"1\"").body("""
                {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2027-01-01", "yearlyCost": 90000.00,
                 "animatorName": "Jeanne Dupont"}""".formatted(core))
                .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(200).header("ETag", equalTo("\"2\""));
        as(applicant).get("/api/v1/dossiers/{id}/completeness", id).then().body("complete", equalTo(true)).body("missing", hasSize(0));

        as(applicant).header("If-Match", "\"2\"").post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("snapshotVersion", equalTo(1));

        // a later edit of a member organisation does not change the frozen snapshot
        String memberEtag = as(cellule).get("/api/v1/organisations/{id}", member).then().extract().header("ETag");
        as(cellule).contentType(ContentType.JSON).header("If-Match", memberEtag)
                .body(OrganisationApiTest.json("Scierie Ardennaise SA", memberNumber, "ENTERPRISE", "LARGE", "6600", "BE",
                        "Groupe Ardenne"))
                .put("/api/v1/organisations/{id}", member).then().statusCode(200);
        as(applicant).get("/api/v1/dossiers/{id}/snapshots", id).then().statusCode(200).body("snapshotVersion", equalTo(List.of(1)))
                .body("[0].members", equalTo(3));
        as(applicant).get("/api/v1/dossiers/{id}/snapshots/1", id).then().statusCode(200)
                .body("organisations[1].organisationId", equalTo(member))
                .body("organisations[1].sizeClass", equalTo("SMALL"))
                .body("organisations[1].corporateGroup", equalTo(null))
                .body("organisations[0].enterpriseNumber", equalTo(number))
                .body("organisations[0].walloonEstablishment", equalTo(true))
                .body("organisations[2].kind", equalTo("RESEARCH_CENTRE"))
                .body("content.governance.noPoachingRule", equalTo("Pas de débauchage entre membres"))
                .body("animatorPost.animatorName", equalTo("Jeanne Dupont"));
        as(applicant).get("/api/v1/dossiers/{id}/snapshots/2", id).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/snapshot-not-found"));

        // submitted: no more edits, neither of the content nor of the animateur post the snapshot froze
        as(applicant).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(TestDossiers.content(core, member, support))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(409)
                .body("type", equalTo("https://clusters.wallonie.be/problems/dossier-not-editable"))
                .body("code", equalTo("DOSSIER_NOT_EDITABLE"));
        String post = """
                {"employerOrganisationId": "%s", "fte": 0.5, "startDate": "2027-01-01", "yearlyCost": 50000.00}""".formatted(core);
        as(applicant).contentType(ContentType.JSON).body(post).put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(428);
        as(applicant).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(post)
                .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(412);
        as(applicant).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(post)
                .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(409).body("code", equalTo("DOSSIER_NOT_EDITABLE"));
        as(applicant).get("/api/v1/dossiers/{id}", id).then().header("ETag", equalTo("\"3\""));
        as(cellule).get("/api/v1/dossiers/{id}/audit", id).then()
                .body("action", hasItems("CONTENT_CHANGED", "SNAPSHOT_FROZEN"))
                .body("find { it.action == 'CONTENT_CHANGED' }.detail", equalTo(
                        "members, relations, objectives, expectedGains, actions, governance, privateContributionsPerYear"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void submitting_an_incomplete_dossier_is_refused_with_every_missing_item_and_changes_nothing() {
        String id = DossierApiTest.createDossier();
        given().header("If-Match", "\"0\"").post("/api/v1/dossiers/{id}/submission", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/dossier-incomplete"))
                .body("code", equalTo("DOSSIER_INCOMPLETE"))
                .body("errors.code", equalTo(List.of("TOO_FEW_MEMBERS", "CO_OPTATION", "RELATIONS", "OBJECTIVES", "VISION",
                        "EXPECTED_GAINS", "ACTIONS", "GOVERNANCE_ADMISSION", "GOVERNANCE_NO_POACHING",
                        "GOVERNANCE_DECISION_MAKING", "ANIMATOR_POST")))
                .body("errors.field", hasItem("governance.noPoachingRule"))
                .body("errors[0].message", equalTo("le cluster réunit au moins 2 membres"));
        given().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("DRAFT")).body("snapshotVersion", equalTo(0));
        given().get("/api/v1/dossiers/{id}/snapshots", id).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void invalid_content_is_refused_with_every_field_and_changes_nothing() {
        String core = TestDossiers.enterprise("Menuiserie Namuroise SRL", "5000");
        String member = TestDossiers.enterprise("Charpentes du Hainaut SA", "7000");
        String id = DossierApiTest.createDossier();
        String stranger = "6b1f9e2c-58a1-4a39-9f64-1c6f1b7d0a11";
        String content = TestDossiers.content(core, member, stranger)
                .replace("\"endDate\": \"2029-12-31\"", "\"endDate\": \"2026-12-31\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(content)
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("errors.field", hasItems("members[2].organisationId", "actions[0].endDate"))
                .body("errors.find { it.field == 'members[2].organisationId' }.message",
                        equalTo("aucune organisation enregistrée avec cet identifiant"));
        // a relation to an organisation that is not a member
        String notMember = TestDossiers.enterprise("Bois Liégeois SA", "4000");
        String support = TestDossiers.researchCentre("Centre Liégeois");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Accept-Language", "en")
                .body(TestDossiers.content(core, member, support).replace(
                        "\"toOrganisationId\": \"" + support + "\"", "\"toOrganisationId\": \"" + notMember + "\""))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("relations[1].toOrganisationId")))
                .body("errors[0].message", equalTo("this organisation is not a member of the cluster"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"members\": [{\"role\": \"BOSS\"}]}")
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("role")));
        given().get("/api/v1/dossiers/{id}/content", id).then().header("ETag", equalTo("\"0\"")).body("members", hasSize(0));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void edits_need_a_current_If_Match() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/dossiers/{id}/content", id).then().statusCode(428)
                .body("type", equalTo("https://clusters.wallonie.be/problems/precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{}").put("/api/v1/dossiers/{id}/content", id)
                .then().statusCode(412).header("ETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"vision\": \"Une vision\"}")
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"vision\": \"Une autre\"}")
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(412);
        given().get("/api/v1/dossiers/{id}/content", id).then().body("vision", equalTo("Une vision"));
    }

    @Test
    void applicants_see_and_change_only_the_dossiers_of_which_their_organisation_is_a_core_group_member() {
        String cellule = token("cellule-1", "CELLULE", null);
        String ownNumber = OrganisationApiTest.newEnterpriseNumber();
        String otherNumber = OrganisationApiTest.newEnterpriseNumber();
        String own = given().auth().oauth2(cellule).contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Applicant One SRL", ownNumber, "5000")).post(OrganisationApiTest.PATH)
                .then().statusCode(201).extract().path("id");
        String other = given().auth().oauth2(cellule).contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Applicant Two SRL", otherNumber, "4000")).post(OrganisationApiTest.PATH)
                .then().statusCode(201).extract().path("id");
        String applicant = token("applicant-one", "APPLICANT", ownNumber);
        String outsider = token("applicant-two", "APPLICANT", otherNumber);

        String id = given().auth().oauth2(applicant).contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER
                        .replace("Cluster Bois-Construction", "Cluster Access " + ownNumber))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(applicant).get("/api/v1/dossiers/{id}", id).then().statusCode(200);
        given().auth().oauth2(applicant).get("/api/v1/dossiers").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("totalItems", equalTo(1));

        // the outsider: no read, no edit, no submission, no withdrawal, no animateur post, an empty list
        given().auth().oauth2(outsider).get("/api/v1/dossiers/{id}", id).then().statusCode(403)
                .body("code", equalTo("NOT_CORE_GROUP_MEMBER"));
        given().auth().oauth2(outsider).get("/api/v1/dossiers/{id}/content", id).then().statusCode(403);
        given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(403);
        given().auth().oauth2(outsider).header("If-Match", "\"0\"").post("/api/v1/dossiers/{id}/submission", id).then().statusCode(403);
        given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .post("/api/v1/dossiers/{id}/withdrawal", id).then().statusCode(403);
        given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2027-01-01", "yearlyCost": 90000.00}""".formatted(other))
                .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(403);
        given().auth().oauth2(outsider).get("/api/v1/dossiers").then().statusCode(200).body("items.id", not(hasItem(id)));

        // once the Cellule adds the other organisation as a plain member, it still has no access; in the core group it has
        String content = """
                {"members": [{"organisationId": "%s", "role": "CORE_GROUP"}, {"organisationId": "%s", "role": "MEMBER"}]}""";
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(content.formatted(own, other))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        given().auth().oauth2(outsider).get("/api/v1/dossiers/{id}", id).then().statusCode(403);
        given().auth().oauth2(cellule).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(content.formatted(own, other).replace("\"MEMBER\"", "\"CORE_GROUP\""))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        given().auth().oauth2(outsider).get("/api/v1/dossiers/{id}", id).then().statusCode(200);

        // the Region reads but does not edit; other roles do not read
        String region = token("region-1", "REGION", null);
        given().auth().oauth2(region).get("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        given().auth().oauth2(region).contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{}")
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(403);
        given().auth().oauth2(token("reader", "FUNDING_READER", null)).get("/api/v1/dossiers/{id}/content", id).then().statusCode(403);

        // an applicant whose organisation is not registered cannot open a dossier
        given().auth().oauth2(token("applicant-x", "APPLICANT", OrganisationApiTest.newEnterpriseNumber()))
                .contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER).post("/api/v1/dossiers").then().statusCode(409)
                .body("code", equalTo("APPLICANT_ORGANISATION_NOT_REGISTERED"));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void a_frozen_snapshot_cannot_be_changed_or_deleted_even_in_the_database() {
        String id = TestDossiers.submittedDossier();
        for (String sql : List.of("update dossier_snapshot set submitted_by = 'someone' where dossier_id = cast(?1 as uuid)",
                "delete from dossier_snapshot where dossier_id = cast(?1 as uuid)")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate()))
                    .hasStackTraceContaining("dossier snapshots are immutable");
        }
        given().get("/api/v1/dossiers/{id}/snapshots/1", id).then().statusCode(200)
                .body("submittedBy", equalTo("applicant-1")).body("content.members", hasSize(3));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_list_is_paginated_and_filtered_by_status_scheme_and_text() {
        String tag = "Filtre" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", tag + " " + i)
                            .replace("ECONOMIC_CLUSTER", i == 2 ? "TECHNOLOGY_GRAPE" : "ECONOMIC_CLUSTER"))
                    .post("/api/v1/dossiers").then().statusCode(201);
        }
        given().queryParam("text", tag.toLowerCase()).queryParam("size", 2).get("/api/v1/dossiers").then().statusCode(200)
                .body("items", hasSize(2)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.name", equalTo(List.of(tag + " 0", tag + " 1")));
        given().queryParam("text", tag).queryParam("size", 2).queryParam("page", 1).get("/api/v1/dossiers").then()
                .body("items.name", equalTo(List.of(tag + " 2")));
        given().queryParam("text", tag).queryParam("scheme", "TECHNOLOGY_GRAPE").queryParam("status", "DRAFT")
                .get("/api/v1/dossiers").then().body("totalItems", equalTo(1));
        given().queryParam("text", tag).queryParam("status", "SUBMITTED").get("/api/v1/dossiers").then().body("totalItems", equalTo(0));
        given().queryParam("status", "BANANA").get("/api/v1/dossiers").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("size", 101).get("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("size"));
        assertThat(tag).isNotBlank();
    }
}
