package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DossierApiTest {

    static final String NEW_DOSSIER = """
            {"name": "Cluster Bois-Construction", "acronym": "CBC", "scheme": "ECONOMIC_CLUSTER",
             "entryVolet": "VALIDATION", "focus": {"kind": "MARKET", "domain": "construction bois",
             "description": "Maisons à ossature bois pour le marché résidentiel wallon"}}""";

    /** A draft as the current test user (the applicant's organisation registered first, as an applicant must). */
    static String createDossier() {
        TestDossiers.applicantOrganisation();
        return given().contentType(ContentType.JSON).body(NEW_DOSSIER)
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/dossiers/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void submission_publishes_DossierSubmitted_with_the_snapshot_as_a_valid_CloudEvent() {
        String id = TestDossiers.completeDossier();

        given().header("If-Match", TestDossiers.etag(id))
                .when().post("/api/v1/dossiers/{id}/submission", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("snapshotVersion", equalTo(1));

        List<KafkaTestClient.Received> records = new KafkaTestClient(LocalStackTestResource.bootstrapServers())
                .readUntil(Topics.REGISTRY_EVENTS, rs -> rs.stream().anyMatch(r -> TestDossiers.eventOf(id, r)), Duration.ofSeconds(20));
        KafkaTestClient.Received record = records.stream().filter(r -> TestDossiers.eventOf(id, r)).findFirst().orElseThrow();
        CloudEvent event = record.event();

        assertThat(record.headers()).containsEntry("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE);
        assertThat(EventSchemas.violations(event)).isEmpty();
        assertThat(event.type()).isEqualTo(EventCatalog.DOSSIER_SUBMITTED.name());
        assertThat(event.source()).isEqualTo("/cluster-registry");
        assertThat(event.subject()).isEqualTo(id);
        DossierSubmittedV1 payload = EventCodec.payload(event, EventCatalog.DOSSIER_SUBMITTED);
        assertThat(payload.snapshotVersion()).isEqualTo(1);
        assertThat(payload.submittedBy()).isEqualTo("applicant-1");
        assertThat(payload.snapshot().name()).isEqualTo("Cluster Bois-Construction");
        assertThat(payload.snapshot().focus().kind()).isEqualTo("MARKET");
        // the full snapshot: members as organisations stood, relations, objectives, gains, actions, governance, animateur
        assertThat(payload.snapshot().members()).extracting(m -> m.role()).containsExactly("CORE_GROUP", "MEMBER", "SUPPORT");
        assertThat(payload.snapshot().members()).extracting(m -> m.kind())
                .containsExactly("ENTERPRISE", "ENTERPRISE", "RESEARCH_CENTRE");
        assertThat(payload.snapshot().members().get(0).enterpriseNumber()).isEqualTo(TestDossiers.APPLICANT_ORG);
        assertThat(payload.snapshot().members().get(0).region()).isEqualTo("WALLONIA");
        assertThat(payload.snapshot().members().get(0).sizeClass()).isEqualTo("SMALL");
        assertThat(payload.snapshot().members().get(0).naceCodes()).containsExactly("16.230", "41.201");
        assertThat(payload.snapshot().members().get(0).coOptedOn()).hasToString("2026-01-15");
        assertThat(payload.snapshot().relations()).extracting(r -> r.kind() + "/" + r.direction() + "/" + r.market())
                .containsExactly("CUSTOMER_SUPPLIER/VERTICAL/true", "JOINT_RESEARCH/HORIZONTAL/false");
        assertThat(payload.snapshot().objectives().get(0).endorsedBy()).hasSize(2);
        assertThat(payload.snapshot().expectedGains().get(0).unit()).isEqualTo("EUR");
        assertThat(payload.snapshot().actions().get(0).axis()).isEqualTo("PROMOTION");
        assertThat(payload.snapshot().actions().get(0).orientation()).isEqualTo("PRODUITS_MARCHES");
        assertThat(payload.snapshot().actions().get(0).type()).isEqualTo("TARGETED");
        assertThat(payload.snapshot().governance().noPoachingRule()).isTrue();
        assertThat(payload.snapshot().governance().ambitionStatement()).isEqualTo("Devenir la référence wallonne de la construction bois");
        assertThat(payload.snapshot().animator().name()).isEqualTo("Jeanne Dupont");
        assertThat(payload.snapshot().privateContributionsPerYear()).isEqualByComparingTo("30000.00");
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void submitting_twice_is_an_illegal_transition_and_changes_nothing() {
        String id = TestDossiers.submittedDossier();

        given().post("/api/v1/dossiers/{id}/submission", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/illegal-transition"))
                .body("title", equalTo("Étape du cycle de vie non permise"))
                .body("detail", equalTo("Un dossier au statut SUBMITTED ne peut pas passer au statut SUBMITTED"));

        given().get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("snapshotVersion", equalTo(1));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void a_stale_If_Match_is_refused_with_412_and_changes_nothing() {
        String id = createDossier();
        given().header("If-Match", "\"7\"")
                .post("/api/v1/dossiers/{id}/submission", id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/precondition-failed"))
                .header("ETag", equalTo("\"0\""));
        given().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void invalid_fields_are_listed_in_a_problem_in_french_by_default() {
        given().contentType(ContentType.JSON).body("{\"acronym\": \"X\", \"focus\": {}}")
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("title", equalTo("La requête contient des données invalides"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("scheme"))
                .body("errors.field", hasItem("entryVolet"))
                .body("errors.field", hasItem("focus.kind"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void problems_are_in_english_on_request() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{}")
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("The request contains invalid data"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void malformed_json_is_a_problem() {
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/malformed-request"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void an_unknown_enum_value_names_the_field() {
        given().contentType(ContentType.JSON)
                .body(NEW_DOSSIER.replace("ECONOMIC_CLUSTER", "BANANA"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scheme"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void unknown_dossiers_and_routes_are_problems() {
        given().get("/api/v1/dossiers/{id}", "6b1f9e2c-58a1-4a39-9f64-1c6f1b7d0a11")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/dossier-not-found"));
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/not-found"));
    }

    @Test
    void without_a_token_the_api_answers_401_problem() {
        given().get("/api/v1/dossiers/{id}", "6b1f9e2c-58a1-4a39-9f64-1c6f1b7d0a11")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("https://clusters.wallonie.be/problems/unauthorized"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "FUNDING_READER")
    void a_role_without_rights_gets_403_problem() {
        given().contentType(ContentType.JSON).body(NEW_DOSSIER)
                .post("/api/v1/dossiers")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/forbidden"));
    }

    @Test
    void a_real_token_signed_with_the_development_key_is_accepted() {
        String token = DevTokens.mint("cellule-officer", List.of("CELLULE"), null, Duration.ofMinutes(5));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(NEW_DOSSIER)
                .post("/api/v1/dossiers")
                .then().statusCode(201).body("createdBy", equalTo("cellule-officer")).body("id", notNullValue());
    }

    @Test
    void a_forged_token_is_refused() {
        String token = DevTokens.mint("cellule-officer", List.of("CELLULE"), null, Duration.ofMinutes(5));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        given().auth().oauth2(forged).get("/api/v1/dossiers/{id}", "6b1f9e2c-58a1-4a39-9f64-1c6f1b7d0a11")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
