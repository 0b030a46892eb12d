package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.composePanel;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.expert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.member;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.registerExpert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.scoreAndSubmit;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.scores;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.secretariat;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.signNoConflict;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.foundation.inbox.Inbox;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import jakarta.inject.Inject;
import java.time.Duration;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The review's fixes on session records, recusals and experts' logins, through the API on real PostgreSQL and Kafka. */
@QuarkusTest
class SessionReviewFixesApiTest {

    final ComiteFixtures fx = new ComiteFixtures();

    String plan() {
        return secretariat().contentType(ContentType.JSON).body("{\"meetingDate\":\"2026-12-17\"}").post("/api/v1/comite-sessions")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void a_recusal_removes_the_expert_from_the_panel_and_voids_their_sheet_and_closure_reads_the_opinion_just_issued() {
        // case A: opinion issued by the panel just before the session closes
        String domainA = unique("optique");
        String caseA = fx.openCase(UUID.randomUUID(), 1, domainA, member(EnterpriseNumbers.fresh(), "Opti SA"));
        ComitePanelApiTest.Team a = ComitePanelApiTest.Team.of(domainA);
        composePanel(caseA, a.ids());
        a.users().forEach(u -> signNoConflict(caseA, u));
        a.users().forEach(u -> scoreAndSubmit(caseA, u, 4, 4));
        // case B: still scoring; its foreign expert has a draft
        String domainB = unique("acoustique");
        String caseB = fx.openCase(UUID.randomUUID(), 1, domainB, member(EnterpriseNumbers.fresh(), "Acou SA"));
        ComitePanelApiTest.Team b = ComitePanelApiTest.Team.of(domainB);
        composePanel(caseB, b.ids());
        signNoConflict(caseB, b.foreignUser());
        expert(b.foreignUser()).contentType(ContentType.JSON).body(scores(3, 3, "brouillon"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseB).then().statusCode(200);
        String panelEtag = secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseB).then().extract().header("ETag");

        String id = plan();
        String base = "/api/v1/comite-sessions/" + id;
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"caseIds\":[\"" + caseA + "\",\"" + caseB + "\"]}")
                .put(base + "/agenda").then().statusCode(200);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"expertIds\":[\"" + b.foreignId() + "\",\"" + b.domainId() + "\",\"" + a.domainId() + "\"]}")
                .put(base + "/attendance").then().statusCode(200);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"recusals\":[{\"expertId\":\"" + b.foreignId() + "\",\"reason\":\"Consultant d'un membre\"}]}")
                .put(base + "/agenda/" + caseB + "/recusals").then().statusCode(200);

        // the recused expert left case B's panel (reason RECUSED), their sheet is void, they no longer read the case
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseB).then().statusCode(200)
                .header("ETag", not(equalTo(panelEtag)))
                .body("members", hasSize(2)).body("removals.expertId", hasItem(b.foreignId()))
                .body("removals.find { it.expertId == '" + b.foreignId() + "' }.code", equalTo("RECUSED"));
        secretariat().get("/api/v1/evaluation-cases/{id}/scores", caseB).then().body("items[0].status", equalTo("VOID"));
        expert(b.foreignUser()).get("/api/v1/evaluation-cases").then().statusCode(200).body("$", hasSize(0));

        // a recusal on a case whose opinion is issued changes its panel no more
        String opinionId = secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseA)
                .then().statusCode(201).extract().path("id");
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"recusals\":[{\"expertId\":\"" + a.domainId() + "\",\"reason\":\"Lien tardif\"}]}")
                .put(base + "/agenda/" + caseA + "/recusals").then().statusCode(200);
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseA).then().body("members", hasSize(3));

        // closed right after the opinion: the outcome comes from the stored opinion, not from the Kafka-fed facts
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"4\"").body("{\"text\":\"PV\"}").put(base + "/minutes").then()
                .statusCode(200);
        secretariat().header("If-Match", "\"5\"").post(base + "/closure").then().statusCode(200)
                .body("results[0].opinionReached", equalTo(true)).body("results[0].opinionId", equalTo(opinionId))
                .body("results[0].opinion", equalTo("FAVOURABLE")).body("results[1].opinionReached", equalTo(false));

        // an expert who attended reads only their own recusals
        expert(b.domainUser()).get(base).then().statusCode(200)
                .body("agenda[0].recusals", hasSize(0)).body("agenda[1].recusals", hasSize(0))
                .body("results[1].recusedExperts", hasSize(0)).body("attendees", hasSize(3));
        expert(b.foreignUser()).get(base).then().statusCode(200)
                .body("agenda[0].recusals", hasSize(0)).body("agenda[1].recusals.expertId", equalTo(List.of(b.foreignId())))
                .body("results[1].recusedExperts", equalTo(List.of(b.foreignId())));
        expert(b.domainUser()).get("/api/v1/comite-sessions").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.agenda[1].recusals", hasSize(0));
        ComiteFixtures.as("region-2", "REGION").queryParam("size", 100).get("/api/v1/comite-sessions").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.attendees", equalTo(null))
                .body("items.find { it.id == '" + id + "' }.results[0].opinionReached", equalTo(true));
    }

    @Inject
    Inbox inbox;

    @Test
    void closure_ignores_an_opinion_this_service_never_stored() {
        // an OpinionIssued fact on the bus for a case whose panel issued nothing: the stored opinions decide
        UUID dossier = UUID.randomUUID();
        String caseId = fx.openCase(dossier, 1, unique("bois"), member(EnterpriseNumbers.fresh(), "Bois SA"));
        CloudEvent foreign = PolicyEvents.opinion(UUID.fromString(caseId), dossier, 1, "FAVOURABLE", "2026-12-01T10:00:00Z");
        fx.kafka.send(Topics.EVALUATION_EVENTS, dossier.toString(), EventCodec.write(foreign));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.hasApplied("evaluation-service-policy", foreign.id()));
        String expertId = registerExpert(unique("present"), "FR", "bois", false, false, null);
        String id = plan();
        String base = "/api/v1/comite-sessions/" + id;
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"caseIds\":[\"" + caseId + "\"]}")
                .put(base + "/agenda").then().statusCode(200);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"expertIds\":[\"" + expertId + "\"]}")
                .put(base + "/attendance").then().statusCode(200);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"text\":\"PV\"}").put(base + "/minutes").then()
                .statusCode(200);
        secretariat().header("If-Match", "\"3\"").post(base + "/closure").then().statusCode(200)
                .body("results[0].opinionReached", equalTo(false)).body("results[0].opinionId", equalTo(null));
    }

    @Test
    void an_experts_login_does_not_change_while_they_sit_on_a_panel_without_opinion() {
        String domain = unique("textile");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Tex SA"));
        ComitePanelApiTest.Team team = ComitePanelApiTest.Team.of(domain);
        composePanel(caseId, team.ids());
        signNoConflict(caseId, team.foreignUser());
        String body = """
                {"userId": "%s", "name": "Expert étranger", "country": "FR", "domains": ["industrie"],
                 "regionalDevelopmentSpecialist": false, "publicAuthorityStaff": false, "affiliations": []}""";
        String etag = secretariat().get("/api/v1/experts/{id}", team.foreignId()).then().extract().header("ETag");
        String other = unique("other-login");
        secretariat().contentType(ContentType.JSON).header("If-Match", etag).body(body.formatted(other))
                .put("/api/v1/experts/{id}", team.foreignId()).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("USER_CHANGE_WHILE_SEATED"));
        // nothing changed: the same version, the same login, which still reads the case
        secretariat().get("/api/v1/experts/{id}", team.foreignId()).then().header("ETag", etag).body("userId", equalTo(team.foreignUser()));
        expert(other).get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(not(equalTo(200)));
        // other changes with the same login are accepted
        secretariat().contentType(ContentType.JSON).header("If-Match", etag).body(body.formatted(team.foreignUser()))
                .put("/api/v1/experts/{id}", team.foreignId()).then().statusCode(200).body("name", equalTo("Expert étranger"));
        // an expert on no open panel may change login
        String free = registerExpert(unique("free"), "DE", "chimie", false, false, null);
        String freeEtag = secretariat().get("/api/v1/experts/{id}", free).then().extract().header("ETag");
        secretariat().contentType(ContentType.JSON).header("If-Match", freeEtag).body(body.formatted(unique("new-login")))
                .put("/api/v1/experts/{id}", free).then().statusCode(200);
    }
}
