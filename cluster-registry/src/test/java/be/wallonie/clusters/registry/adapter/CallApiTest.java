package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.contracts.registry.SessionResultsPublishedV1;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The call, its sessions, the scheduling of submissions and the publication of a session's results. */
@QuarkusTest
class CallApiTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    static LocalDate today() {
        return LocalDate.now(BRUSSELS);
    }

    /** The call open today for the scheme: the one a previous test opened, or a new one opened ten days ago (defaults). */
    static synchronized JsonPath callOpenToday(String scheme) {
        List<String> ids = given().queryParam("openOn", today().toString()).queryParam("scheme", scheme).get("/api/v1/calls").then()
                .statusCode(200).extract().path("items.id");
        String id = ids.isEmpty() ? given().contentType(ContentType.JSON).body("""
                {"title": "Concours permanent %s", "schemes": ["%s"], "openingDate": "%s"}""".formatted(scheme, scheme,
                today().minusDays(10))).post("/api/v1/calls").then().statusCode(201).extract().path("id") : ids.get(0);
        return given().get("/api/v1/calls/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** A complete draft (members, relations, action plan, animateur post…) that may be submitted; its id. */
    static String dossier(String name, String scheme) {
        String id = given().contentType(ContentType.JSON).body("""
                {"name": "%s", "scheme": "%s", "entryVolet": "VALIDATION", "focus": {"kind": "TECHNOLOGY", "domain": "photonique",
                 "description": "Sources laser et optique de précision pour l'industrie"}}"""
                .formatted(name, scheme)).post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        String core = TestDossiers.applicantOrganisation();
        TestDossiers.putContent(id, TestDossiers.content(core, TestDossiers.enterprise("Lasers du Sart-Tilman SA", "4031"),
                TestDossiers.researchCentre("Centre Photonique Recherche")));
        TestDossiers.putAnimatorPost(id, core);
        return id;
    }

    static String open(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/calls").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_call_opens_with_the_default_year_and_quarterly_sessions_and_reads_back_with_its_etag() {
        given().contentType(ContentType.JSON).body("""
                {"title": "Concours pôles 2040", "schemes": ["COMPETITIVENESS_POLE"], "openingDate": "2040-01-01"}""")
                .post("/api/v1/calls").then().statusCode(201)
                .header("Location", containsString("/api/v1/calls/"))
                .header("ETag", "\"0\"")
                .body("closingDate", equalTo("2040-12-31"))
                .body("sessionIntervalMonths", equalTo(3))
                .body("cutOffDays", equalTo(30))
                .body("status", equalTo("OPEN"))
                .body("createdBy", equalTo("cellule-1"))
                .body("sessions.sessionDate", equalTo(List.of("2040-04-01", "2040-07-01", "2040-10-01", "2041-01-01", "2041-04-01")))
                .body("sessions[0].cutOffDate", equalTo("2040-03-02"))
                .body("sessions[4].cutOffDate", equalTo("2041-03-02"));
        String id = given().queryParam("openOn", "2040-06-15").queryParam("scheme", "COMPETITIVENESS_POLE").get("/api/v1/calls")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", equalTo("Concours pôles 2040"))
                .body("items[0]", not(hasKey("sessions"))).extract().path("items[0].id");
        given().get("/api/v1/calls/{id}", id).then().statusCode(200).header("ETag", "\"0\"").body("sessions", hasSize(5));
        given().get("/api/v1/calls/{id}/sessions", id).then().statusCode(200).body("number", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("published", everyItemFalse());
        given().queryParam("openOn", "2039-12-31").queryParam("scheme", "COMPETITIVENESS_POLE").get("/api/v1/calls").then()
                .body("items.id", not(hasItem(id)));
        given().get("/api/v1/calls/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/call-not-found"));
    }

    private static org.hamcrest.Matcher<Iterable<? super Boolean>> everyItemFalse() {
        return not(hasItem(true));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void overlapping_open_calls_for_a_same_scheme_are_refused_and_change_nothing() {
        String first = open("""
                {"title": "Grappes 2042", "schemes": ["TECHNOLOGY_GRAPE"], "openingDate": "2042-01-01"}""");
        given().contentType(ContentType.JSON).body("""
                {"title": "Grappes et pôles", "schemes": ["COMPETITIVENESS_POLE", "TECHNOLOGY_GRAPE"], "openingDate": "2042-12-31",
                 "closingDate": "2043-03-31"}""").post("/api/v1/calls").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("OVERLAPPING_CALL"))
                .body("detail", containsString(first));
        given().queryParam("openOn", "2043-01-15").get("/api/v1/calls").then().body("total", equalTo(0));
        // the next day, another scheme: accepted
        open("""
                {"title": "Grappes 2043", "schemes": ["TECHNOLOGY_GRAPE"], "openingDate": "2043-01-01", "sessionIntervalMonths": 6,
                 "cutOffDays": 45}""");
        // extending the first call into the second is an overlap too
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"closingDate\": \"2043-02-28\"}")
                .patch("/api/v1/calls/{id}", first).then().statusCode(409).body("code", equalTo("OVERLAPPING_CALL"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void an_invalid_call_names_every_offending_field_in_the_callers_language() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("""
                {"title": "", "schemes": [], "openingDate": "2044-06-01", "closingDate": "2044-01-01", "sessionIntervalMonths": 13,
                 "cutOffDays": -1}""").post("/api/v1/calls").then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("errors.field", hasItems("title", "schemes", "closingDate", "sessionIntervalMonths", "cutOffDays"))
                .body("errors.find { it.field == 'closingDate' }.message", equalTo("the closing precedes the opening"));
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"schemes\": [\"LOBBY\"], \"openingDate\": \"2044-01-01\"}")
                .post("/api/v1/calls").then().statusCode(400);
        given().queryParam("openOn", "demain").get("/api/v1/calls").then().statusCode(400).body("errors[0].field", equalTo("openOn"));
        given().queryParam("size", 0).get("/api/v1/calls").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void only_the_cellule_opens_a_call_or_publishes_results() {
        given().contentType(ContentType.JSON).body("""
                {"title": "Concours", "schemes": ["ECONOMIC_CLUSTER"], "openingDate": "2045-01-01"}""")
                .post("/api/v1/calls").then().statusCode(403);
        given().post("/api/v1/sessions/{id}/publication", UUID.randomUUID()).then().statusCode(403);
        given().get("/api/v1/sessions/{id}", UUID.randomUUID()).then().statusCode(403);
        given().get("/api/v1/calls").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_closing_day_changes_with_a_current_if_match_and_the_sessions_follow() {
        String id = open("""
                {"title": "Pôles 2046", "schemes": ["COMPETITIVENESS_POLE"], "openingDate": "2046-01-01"}""");
        given().contentType(ContentType.JSON).body("{\"closingDate\": \"2047-03-31\"}").patch("/api/v1/calls/{id}", id).then()
                .statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"closingDate\": \"2047-03-31\"}")
                .patch("/api/v1/calls/{id}", id).then().statusCode(412).header("ETag", "\"0\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"closingDate\": \"2045-12-31\"}")
                .patch("/api/v1/calls/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("closingDate"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"closingDate\": \"2047-03-31\"}")
                .patch("/api/v1/calls/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("closingDate", equalTo("2047-03-31"))
                .body("sessions.sessionDate", equalTo(List.of("2046-04-01", "2046-07-01", "2046-10-01", "2047-01-01", "2047-04-01",
                        "2047-07-01")));
        // back to the year: the two sessions in excess, still empty, are dropped
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"closingDate\": \"2046-12-31\"}")
                .patch("/api/v1/calls/{id}", id).then().statusCode(200).body("sessions", hasSize(5));
        given().header("If-Match", "\"2\"").post("/api/v1/calls/{id}/cancellation", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).header("ETag", "\"3\"");
        given().header("If-Match", "\"3\"").post("/api/v1/calls/{id}/cancellation", id).then().statusCode(409)
                .body("code", equalTo("CALL_CANCELLED"));
        // a cancelled call no longer blocks another on the same dates
        open("""
                {"title": "Pôles 2046 bis", "schemes": ["COMPETITIVENESS_POLE"], "openingDate": "2046-01-01"}""");
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_submission_inside_an_open_call_goes_to_the_next_session_whose_cut_off_it_meets() {
        JsonPath call = callOpenToday("ECONOMIC_CLUSTER");
        String callId = call.getString("id");
        // the first session whose cut-off is today or later
        int index = 0;
        while (LocalDate.parse(call.getString("sessions[" + index + "].cutOffDate")).isBefore(today())) {
            index++;
        }
        String sessionId = call.getString("sessions[" + index + "].id");
        String id = dossier("Cluster Photonique", "ECONOMIC_CLUSTER");
        given().post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);

        given().get("/api/v1/dossiers/{id}/session", id).then().statusCode(200)
                .body("callId", equalTo(callId)).body("sessionId", equalTo(sessionId))
                .body("sessionDate", equalTo(call.getString("sessions[" + index + "].sessionDate")));
        given().get("/api/v1/sessions/{id}", sessionId).then().statusCode(200)
                .body("session.callId", equalTo(callId))
                .body("dossiers.find { it.id == '%s' }.name".formatted(id), equalTo("Cluster Photonique"))
                .body("dossiers.find { it.id == '%s' }.scheme".formatted(id), equalTo("ECONOMIC_CLUSTER"))
                .body("dossiers.find { it.id == '%s' }.status".formatted(id), equalTo("SUBMITTED"))
                .body("dossiers.find { it.id == '%s' }.manual".formatted(id), equalTo(false));

        KafkaTestClient.Received submitted = kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().anyMatch(m -> TestDossiers.eventOf(id, m)),
                WAIT).stream().filter(m -> TestDossiers.eventOf(id, m)).findFirst().orElseThrow();
        assertThat(EventSchemas.violations(submitted.event())).isEmpty();
        DossierSubmittedV1 payload = EventCodec.payload(submitted.event(), EventCatalog.DOSSIER_SUBMITTED);
        assertThat(payload.callId()).hasToString(callId);
        assertThat(payload.sessionId()).hasToString(sessionId);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void outside_any_open_call_a_submission_stays_unscheduled_until_the_cellule_assigns_it_then_results_are_published_once() {
        String callId = open("""
                {"title": "Grappes 2020", "schemes": ["TECHNOLOGY_GRAPE"], "openingDate": "2020-01-01"}""");
        List<String> sessions = given().get("/api/v1/calls/{id}/sessions", callId).then().extract().path("id");
        String session = sessions.get(0);
        String id = dossier("Grappe Lasers", "TECHNOLOGY_GRAPE");
        String draft = dossier("Grappe Brouillon", "TECHNOLOGY_GRAPE");
        given().post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        given().get("/api/v1/dossiers/{id}/session", id).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/dossier-not-scheduled"));

        // refusals: a draft is not in a round, an unknown session, a scheme the call does not cover, a stale If-Match
        given().contentType(ContentType.JSON).body("{\"sessionId\": \"%s\"}".formatted(session))
                .put("/api/v1/dossiers/{id}/session", draft).then().statusCode(409).body("code", equalTo("DOSSIER_NOT_IN_ROUND"));
        given().contentType(ContentType.JSON).body("{\"sessionId\": \"%s\"}".formatted(UUID.randomUUID()))
                .put("/api/v1/dossiers/{id}/session", id).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/session-not-found"));
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/dossiers/{id}/session", id).then().statusCode(400);
        String economic = dossier("Cluster Économique", "ECONOMIC_CLUSTER");
        given().post("/api/v1/dossiers/{id}/submission", economic).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"sessionId\": \"%s\"}".formatted(session))
                .put("/api/v1/dossiers/{id}/session", economic).then().statusCode(409).body("code", equalTo("SCHEME_NOT_COVERED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"sessionId\": \"%s\"}".formatted(session))
                .put("/api/v1/dossiers/{id}/session", id).then().statusCode(412);

        given().contentType(ContentType.JSON).body("{\"sessionId\": \"%s\"}".formatted(session))
                .put("/api/v1/dossiers/{id}/session", id).then().statusCode(200)
                .body("callId", equalTo(callId)).body("sessionId", equalTo(session)).body("sessionDate", equalTo("2020-04-01"));
        given().get("/api/v1/sessions/{id}", session).then().statusCode(200)
                .body("dossiers", hasSize(1)).body("dossiers[0].id", equalTo(id)).body("dossiers[0].manual", equalTo(true));

        // not published yet: nothing public
        given().get("/api/v1/public/sessions/{id}/results", session).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/session-results-not-published"));
        given().post("/api/v1/sessions/{id}/publication", session).then().statusCode(200)
                .body("results", hasSize(1))
                .body("results[0].dossierId", equalTo(id))
                .body("results[0].clusterName", equalTo("Grappe Lasers"))
                .body("results[0].outcome", equalTo("PENDING"));
        given().post("/api/v1/sessions/{id}/publication", session).then().statusCode(409).body("code", equalTo("ALREADY_PUBLISHED"));
        // a published session takes no more dossiers
        given().contentType(ContentType.JSON).body("{\"sessionId\": \"%s\"}".formatted(session))
                .put("/api/v1/dossiers/{id}/session", id).then().statusCode(409).body("code", equalTo("ALREADY_PUBLISHED"));
        // a session still to come cannot be published
        given().post("/api/v1/sessions/{id}/publication", callOpenToday("ECONOMIC_CLUSTER").getString("sessions[4].id")).then()
                .statusCode(409).body("code", equalTo("SESSION_NOT_HELD"));

        List<KafkaTestClient.Received> published = kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().anyMatch(m ->
                session.equals(m.key())), WAIT).stream().filter(m -> session.equals(m.key())).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).event().type()).isEqualTo(EventCatalog.SESSION_RESULTS_PUBLISHED.name());
        assertThat(EventSchemas.violations(published.get(0).event())).isEmpty();
        SessionResultsPublishedV1 results = EventCodec.payload(published.get(0).event(), EventCatalog.SESSION_RESULTS_PUBLISHED);
        assertThat(results.callId()).hasToString(callId);
        assertThat(results.sessionDate()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(results.results()).singleElement().satisfies(r -> {
            assertThat(r.dossierId()).hasToString(id);
            assertThat(r.scheme()).isEqualTo("TECHNOLOGY_GRAPE");
            assertThat(r.outcome()).isEqualTo("PENDING");
        });
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void the_published_results_carry_the_regions_decision_on_the_snapshot_examined() {
        String callId = open("""
                {"title": "Clusters 2019", "schemes": ["ECONOMIC_CLUSTER"], "openingDate": "2019-01-01"}""");
        String session = given().get("/api/v1/calls/{id}/sessions", callId).then().extract().path("[0].id");
        DecisionApiTest comite = new DecisionApiTest();
        String validated = comite.dossierWithOpinion("FAVOURABLE", true);
        String rejected = comite.dossierWithOpinion("FAVOURABLE", true);
        String pending = comite.dossierWithOpinion("FAVOURABLE", true);
        for (String id : List.of(validated, rejected, pending)) {
            given().contentType(ContentType.JSON).body("{\"sessionId\": \"%s\"}".formatted(session))
                    .put("/api/v1/dossiers/{id}/session", id).then().statusCode(200);
        }
        given().contentType(ContentType.JSON).header("If-Match", RenewalApiTest.etag(validated)).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", validated).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", RenewalApiTest.etag(rejected))
                .body("{\"outcome\": \"REJECTED\", \"justification\": \"Budget régional épuisé\"}")
                .post("/api/v1/dossiers/{id}/decision", rejected).then().statusCode(200);
        given().get("/api/v1/sessions/{id}", session).then().body("dossiers", hasSize(3))
                .body("dossiers.find { it.id == '%s' }.status".formatted(validated), equalTo("VALIDATED"))
                .body("dossiers.find { it.id == '%s' }.status".formatted(pending), equalTo("OPINION_RECEIVED"));

        given().post("/api/v1/sessions/{id}/publication", session).then().statusCode(200)
                .body("results", hasSize(3))
                .body("results.find { it.dossierId == '%s' }.outcome".formatted(validated), equalTo("VALIDATED"))
                .body("results.find { it.dossierId == '%s' }.outcome".formatted(rejected), equalTo("REJECTED"))
                .body("results.find { it.dossierId == '%s' }.outcome".formatted(pending), equalTo("PENDING"));
        // frozen: deciding afterwards does not change what was published
        given().contentType(ContentType.JSON).header("If-Match", RenewalApiTest.etag(pending)).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", pending).then().statusCode(200);
        given().get("/api/v1/public/sessions/{id}/results", session).then().statusCode(200)
                .body("results.find { it.dossierId == '%s' }.outcome".formatted(pending), equalTo("PENDING"));
    }

    @Test
    void the_published_results_are_public_and_cacheable() {
        // set up with the Cellule's bearer token, then read without any
        String token = DevTokens.mint("cellule-officer", List.of("CELLULE"), null, Duration.ofMinutes(5));
        String callId = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"title": "Pôles 2021", "schemes": ["COMPETITIVENESS_POLE"], "openingDate": "2021-01-01"}""")
                .post("/api/v1/calls").then().statusCode(201).extract().path("id");
        String session = given().auth().oauth2(token).get("/api/v1/calls/{id}/sessions", callId).then().extract().path("[1].id");
        // the dossier is built with the same token, through the shared helpers (they use RestAssured's default authentication)
        RestAssured.authentication = RestAssured.oauth2(token);
        String id;
        try {
            id = dossier("Pôle Mécanique", "COMPETITIVENESS_POLE");
        } finally {
            RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        }
        given().auth().oauth2(token).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"sessionId\": \"%s\"}".formatted(session))
                .put("/api/v1/dossiers/{id}/session", id).then().statusCode(200);
        given().get("/api/v1/public/sessions/{id}/results", session).then().statusCode(404);
        given().auth().oauth2(token).post("/api/v1/sessions/{id}/publication", session).then().statusCode(200);

        String tag = given().get("/api/v1/public/sessions/{id}/results", session).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=300"))
                .body("sessionId", equalTo(session))
                .body("sessionDate", equalTo("2021-07-01"))
                .body("results[0].clusterName", equalTo("Pôle Mécanique"))
                .body("results[0].outcome", equalTo("PENDING"))
                .extract().header("ETag");
        assertThat(tag).isNotBlank();
        given().header("If-None-Match", tag).get("/api/v1/public/sessions/{id}/results", session).then().statusCode(304);
        given().get("/api/v1/public/sessions/{id}/results", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/session-not-found"));
        // the agenda itself is not public
        given().get("/api/v1/sessions/{id}", session).then().statusCode(401);
    }

    @Test
    void the_openapi_document_lists_calls_sessions_and_results() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/calls"))
                .body("paths", hasKey("/api/v1/calls/{id}"))
                .body("paths", hasKey("/api/v1/calls/{id}/sessions"))
                .body("paths", hasKey("/api/v1/sessions/{id}"))
                .body("paths", hasKey("/api/v1/sessions/{id}/publication"))
                .body("paths", hasKey("/api/v1/public/sessions/{id}/results"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/session"))
                .body("paths.'/api/v1/calls'.post.description", containsString("Role: CELLULE"));
    }
}
