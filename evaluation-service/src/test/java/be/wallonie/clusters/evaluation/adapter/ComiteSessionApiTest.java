package be.wallonie.clusters.evaluation.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1;
import be.wallonie.clusters.foundation.inbox.Inbox;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The record of a selection session through its whole life, with real tokens, PostgreSQL and Kafka. */
@QuarkusTest
class ComiteSessionApiTest {

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    @Inject
    Inbox inbox;

    static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(DevTokens.mint(subject, List.of(role), null, Duration.ofMinutes(10)));
    }

    static RequestSpecification secretariat() {
        return as("secretariat-1", "COMITE_SECRETARIAT");
    }

    /** A submitted dossier's evaluation case, opened by the real consumer. */
    UUID openCase() {
        UUID dossier = UUID.randomUUID();
        CloudEvent submitted = PolicyEvents.submitted(dossier, 1, "ECONOMIC_CLUSTER", "2026-11-02T09:00:00Z");
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), EventCodec.write(submitted));
        return await().atMost(Duration.ofSeconds(30)).until(() -> secretariat().queryParam("dossierId", dossier)
                .get("/api/v1/evaluation-cases").then().statusCode(200).extract().jsonPath().getList("id", String.class), l -> l.size() == 1)
                .stream().map(UUID::fromString).findFirst().orElseThrow();
    }

    String plan() {
        return secretariat().contentType(ContentType.JSON).body("{\"meetingDate\":\"2026-12-10\"}").post("/api/v1/comite-sessions")
                .then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("OPEN")).extract().path("id");
    }

    @Test
    void a_session_is_recorded_closed_and_published_then_never_changes() {
        // an opinion issued by this service's own panel (the closure reads the stored opinions)
        ComiteFixtures fx = new ComiteFixtures();
        String domain = ComiteFixtures.unique("optique");
        UUID dossierOfFirst = UUID.randomUUID();
        UUID withOpinion = UUID.fromString(fx.openCase(dossierOfFirst, 1, domain, ComiteFixtures.member(EnterpriseNumbers.fresh(), "Opti SA")));
        ComitePanelApiTest.Team team = ComitePanelApiTest.Team.of(domain);
        ComiteFixtures.composePanel(withOpinion.toString(), team.ids());
        team.users().forEach(u -> ComiteFixtures.signNoConflict(withOpinion.toString(), u));
        team.users().forEach(u -> ComiteFixtures.scoreAndSubmit(withOpinion.toString(), u, 4, 4));
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", withOpinion).then()
                .statusCode(201).body("outcome", equalTo("FAVOURABLE"));
        UUID withoutOpinion = openCase();

        // experts of the Comité's pool, each linked to the account (token subject) it signs in with
        String user1 = ComiteFixtures.unique("expert-session");
        UUID e1 = UUID.fromString(ComiteFixtures.registerExpert(user1, "FR", "photonique", true, false, null));
        UUID e2 = UUID.fromString(ComiteFixtures.registerExpert(ComiteFixtures.unique("expert-session"), "BE", "photonique", false, false, null));
        UUID e3 = UUID.fromString(ComiteFixtures.registerExpert(ComiteFixtures.unique("expert-session"), "DE", "chimie", false, false, null));
        String id = plan();
        String base = "/api/v1/comite-sessions/" + id;
        String agenda = "{\"caseIds\":[\"" + withOpinion + "\",\"" + withoutOpinion + "\"]}";

        secretariat().contentType(ContentType.JSON).body(agenda).put(base + "/agenda").then().statusCode(428)
                .contentType("application/problem+json");
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(agenda).put(base + "/agenda").then()
                .statusCode(200).header("ETag", "\"1\"").body("agenda.caseId", equalTo(List.of(withOpinion.toString(), withoutOpinion.toString())));
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(agenda).put(base + "/agenda").then()
                .statusCode(412).header("ETag", "\"1\"");
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"caseIds\":[\"" + UUID.randomUUID() + "\"]}").put(base + "/agenda").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_CASE"));

        // the same case on a second open session is refused
        String other = plan();
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"caseIds\":[\"" + withOpinion + "\"]}")
                .put("/api/v1/comite-sessions/" + other + "/agenda").then().statusCode(409)
                .body("type", equalTo("https://clusters.wallonie.be/problems/case-on-another-open-session"));

        // only experts of the Comité's pool attend
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"expertIds\":[\"" + e1 + "\",\"" + UUID.randomUUID() + "\"]}").put(base + "/attendance").then()
                .statusCode(400).body("code", equalTo("UNKNOWN_EXPERT")).body("errors[0].field", equalTo("expertIds"));
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"expertIds\":[\"" + e1 + "\",\"" + e2 + "\",\"" + e3 + "\"]}").put(base + "/attendance").then()
                .statusCode(200).header("ETag", "\"2\"");
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"recusals\":[{\"expertId\":\"" + UUID.randomUUID() + "\",\"reason\":\"Lien\"}]}")
                .put(base + "/agenda/" + withoutOpinion + "/recusals").then().statusCode(400).body("code", equalTo("EXPERT_NOT_PRESENT"));
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"recusals\":[{\"expertId\":\"" + e3 + "\",\"reason\":\" \"}]}")
                .put(base + "/agenda/" + withoutOpinion + "/recusals").then().statusCode(400);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"recusals\":[{\"expertId\":\"" + e3 + "\",\"reason\":\"Administrateur d'une entreprise membre\"}]}")
                .put(base + "/agenda/" + withoutOpinion + "/recusals").then().statusCode(200).header("ETag", "\"3\"")
                .body("agenda[1].recusals[0].expertId", equalTo(e3.toString()));
        // an expert with a recusal cannot be dropped from the attendance
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"expertIds\":[\"" + e1 + "\",\"" + e2 + "\"]}").put(base + "/attendance").then().statusCode(400);

        secretariat().header("If-Match", "\"3\"").post(base + "/closure").then().statusCode(409)
                .body("type", equalTo("https://clusters.wallonie.be/problems/comite-session-incomplete"));
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"text\":\"Séance ouverte à 9 h 30.\"}")
                .put(base + "/minutes").then().statusCode(200).header("ETag", "\"4\"");

        as(user1, "EXPERT").get(base).then().statusCode(200);
        as(UUID.randomUUID().toString(), "EXPERT").get(base).then().statusCode(404);
        as("region-1", "REGION").get(base).then().statusCode(404);
        as("region-1", "REGION").contentType(ContentType.JSON).header("If-Match", "\"4\"").body("{\"text\":\"x\"}")
                .put(base + "/minutes").then().statusCode(403);
        as(user1, "EXPERT").header("If-Match", "\"4\"").post(base + "/closure").then().statusCode(403);

        secretariat().header("If-Match", "\"4\"").post(base + "/closure").then().statusCode(200).header("ETag", "\"5\"")
                .body("status", equalTo("CLOSED"))
                .body("results", hasSize(2))
                .body("results[0].opinionReached", equalTo(true))
                .body("results[0].opinion", equalTo("FAVOURABLE"))
                .body("results[1].opinionReached", equalTo(false))
                .body("results[1].recusedExperts", equalTo(List.of(e3.toString())));

        List<KafkaTestClient.Received> published = kafka.readUntil(Topics.EVALUATION_EVENTS,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        CloudEvent closed = published.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().event();
        assertThat(closed.type()).isEqualTo(EventCatalog.COMITE_SESSION_CLOSED.name());
        assertThat(EventSchemas.violations(closed)).isEmpty();
        ComiteSessionClosedV1 payload = EventCodec.payload(closed, EventCatalog.COMITE_SESSION_CLOSED);
        assertThat(payload.expertsPresent()).isEqualTo(3);
        assertThat(payload.items()).extracting(ComiteSessionClosedV1.Item::recusals).containsExactly(0, 1);
        // no expert is named in the published event
        assertThat(EventCodec.write(closed)).doesNotContain(e1.toString(), e2.toString(), e3.toString());
        assertThat(payload.items()).extracting(ComiteSessionClosedV1.Item::opinionReached).containsExactly(true, false);
        assertThat(payload.items().get(0).dossierId()).isEqualTo(dossierOfFirst);
        assertThat(payload.items().get(0).opinionId()).isNotNull();

        // closed: immutable, whatever the version named
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"5\"").body("{\"text\":\"Autre texte\"}")
                .put(base + "/minutes").then().statusCode(409).body("type", equalTo("https://clusters.wallonie.be/problems/comite-session-closed"));
        secretariat().header("If-Match", "\"5\"").post(base + "/closure").then().statusCode(409);
        secretariat().get(base).then().statusCode(200).header("ETag", "\"5\"").body("minutes", equalTo("Séance ouverte à 9 h 30."));

        // a closed session frees its cases for another session; Region, Cellule and attending experts read the closed record
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"caseIds\":[\"" + withOpinion + "\"]}")
                .put("/api/v1/comite-sessions/" + other + "/agenda").then().statusCode(200);
        // Region and Cellule read the published results only: no attendance, recusals or minutes
        as("region-1", "REGION").get(base).then().statusCode(200).body("results.opinionReached", equalTo(List.of(true, false)))
                .body("attendees", equalTo(null)).body("minutes", equalTo(null)).body("agenda", equalTo(null))
                .body("results[1].recusedExperts", equalTo(null)).body("results[1].dossierId", not(equalTo(null)));
        as("cellule-1", "CELLULE").get(base).then().statusCode(200).body("attendees", equalTo(null)).body("minutes", equalTo(null));
        as("cellule-1", "CELLULE").queryParam("size", 100).get("/api/v1/comite-sessions").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", not(hasItem(other))).body("items.status", not(hasItem("OPEN")));
        as(user1, "EXPERT").get("/api/v1/comite-sessions").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        secretariat().queryParam("status", "OPEN").queryParam("from", "2026-12-10").queryParam("to", "2026-12-11").queryParam("size", 100)
                .get("/api/v1/comite-sessions").then().statusCode(200).body("items.id", hasItem(other)).body("items.id", not(hasItem(id)));
    }

    @Test
    void bad_input_and_unknown_sessions_are_problems() {
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/comite-sessions").then().statusCode(400)
                .contentType("application/problem+json");
        secretariat().contentType(ContentType.JSON).body("{\"meetingDate\":\"10/12/2026\"}").post("/api/v1/comite-sessions").then()
                .statusCode(400);
        secretariat().queryParam("status", "MAYBE").get("/api/v1/comite-sessions").then().statusCode(400);
        secretariat().queryParam("from", "demain").get("/api/v1/comite-sessions").then().statusCode(400);
        secretariat().get("/api/v1/comite-sessions/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/comite-session-not-found"));
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"text\":\"x\"}")
                .put("/api/v1/comite-sessions/" + UUID.randomUUID() + "/minutes").then().statusCode(404);
        String id = plan();
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"recusals\":[]}")
                .put("/api/v1/comite-sessions/" + id + "/agenda/" + UUID.randomUUID() + "/recusals").then().statusCode(400)
                .body("code", equalTo("CASE_NOT_ON_AGENDA"));
        String e = ComiteFixtures.registerExpert(ComiteFixtures.unique("expert-twice"), "FR", "photonique", false, false, null);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"expertIds\":[\"" + e + "\",\"" + e + "\"]}")
                .put("/api/v1/comite-sessions/" + id + "/attendance").then().statusCode(400).body("code", equalTo("DUPLICATE"));
        secretariat().get("/api/v1/comite-sessions/" + id).then().header("ETag", "\"0\"");
        as("applicant-1", "APPLICANT").get("/api/v1/comite-sessions").then().statusCode(403);
        as("region-1", "REGION").contentType(ContentType.JSON).body("{\"meetingDate\":\"2026-12-10\"}").post("/api/v1/comite-sessions")
                .then().statusCode(403);
    }
}
