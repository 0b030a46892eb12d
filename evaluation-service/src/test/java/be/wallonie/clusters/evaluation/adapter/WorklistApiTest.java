package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.as;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.composePanel;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.expert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.member;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.registerExpert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.scoreAndSubmit;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.scores;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.secretariat;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.signNoConflict;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.testing.EnterpriseNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The worklists (#14 item 10): every state reached by the real steps (panel, declarations, scores, agenda, opinion), the
 * filters, the pagination, the roles, and an expert who sees only their own seats.
 */
@QuarkusTest
class WorklistApiTest {

    static final String WORKLIST = "/api/v1/comite-worklists/evaluation-cases";
    static final String ASSIGNMENTS = "/api/v1/experts/me/assignments";

    final ComiteFixtures fx = new ComiteFixtures();

    /** The call's items, in the worklist's order, keyed by nothing: the page's JSON. */
    static JsonPath worklist(UUID callId, String... params) {
        var spec = secretariat().queryParam("callId", callId);
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam(params[i], params[i + 1]);
        }
        return spec.get(WORKLIST).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> row(JsonPath page, String caseId) {
        return page.getMap("items.find { it.caseId == '%s' }".formatted(caseId));
    }

    @Test
    void the_secretariat_sees_each_live_round_in_its_state_with_the_reason() {
        String domain = unique("ossature-bois");
        UUID call = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String awaitingPanel = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, session,
                member(EnterpriseNumbers.fresh(), "Ossature SA"));
        String awaitingDeclarations = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, session,
                member(EnterpriseNumbers.fresh(), "Charpente SRL"));
        String awaitingScores = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, null,
                member(EnterpriseNumbers.fresh(), "Scierie SA"));
        String ready = fx.openCase(UUID.randomUUID(), 1, domain, "TECHNOLOGY_GRAPE", call, null,
                member(EnterpriseNumbers.fresh(), "Laser SA"));
        String onAgenda = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, null,
                member(EnterpriseNumbers.fresh(), "Bardage SRL"));

        JsonPath page = worklist(call);
        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(page.getList("items.state", String.class)).containsOnly("AWAITING_PANEL");
        // oldest submission first: the order the cases were submitted in
        assertThat(page.getList("items.caseId", String.class)).containsExactly(awaitingPanel, awaitingDeclarations, awaitingScores, ready,
                onAgenda);
        assertThat(row(page, awaitingPanel)).containsEntry("reason", "Panel incomplet : 0 expert(s) siégeant sur 3")
                .containsEntry("seated", 0).containsEntry("panelSize", 3).containsEntry("scheme", "ECONOMIC_CLUSTER")
                .containsEntry("callId", call.toString()).containsEntry("sessionId", session.toString())
                .containsEntry("clusterName", "Cluster " + domain).containsEntry("focusDomain", domain);

        ComitePanelApiTest.Team t1 = ComitePanelApiTest.Team.of(domain);
        composePanel(awaitingDeclarations, t1.ids());
        signNoConflict(awaitingDeclarations, t1.domainUser());
        signNoConflict(awaitingDeclarations, t1.specialistUser());

        ComitePanelApiTest.Team t2 = ComitePanelApiTest.Team.of(domain);
        composePanel(awaitingScores, t2.ids());
        t2.users().forEach(u -> signNoConflict(awaitingScores, u));
        scoreAndSubmit(awaitingScores, t2.foreignUser(), 4, 4);

        ComitePanelApiTest.Team t3 = ComitePanelApiTest.Team.of(domain);
        composePanel(ready, t3.ids());
        t3.users().forEach(u -> signNoConflict(ready, u));
        t3.users().forEach(u -> scoreAndSubmit(ready, u, 4, 4));

        String comiteSession = secretariat().contentType(ContentType.JSON).body("{\"meetingDate\":\"2026-12-10\"}")
                .post("/api/v1/comite-sessions").then().statusCode(201).extract().path("id");
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"caseIds\":[\"" + onAgenda + "\"]}")
                .put("/api/v1/comite-sessions/{id}/agenda", comiteSession).then().statusCode(200);

        page = worklist(call);
        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(row(page, awaitingPanel)).containsEntry("state", "AWAITING_PANEL");
        assertThat(row(page, awaitingDeclarations)).containsEntry("state", "AWAITING_DECLARATIONS").containsEntry("seated", 3)
                .containsEntry("declarationsSigned", 2).containsEntry("reason", "2 déclaration(s) d'absence de conflit signée(s) sur 3");
        assertThat(row(page, awaitingScores)).containsEntry("state", "AWAITING_SCORES").containsEntry("scoresSubmitted", 1)
                .containsEntry("reason", "1 grille(s) de scores soumise(s) sur 3");
        assertThat(row(page, ready)).containsEntry("state", "READY_FOR_OPINION").containsEntry("progress", "READY_FOR_OPINION")
                .containsEntry("scheme", "TECHNOLOGY_GRAPE");
        assertThat(row(page, onAgenda)).containsEntry("state", "ON_AGENDA").containsEntry("progress", "AWAITING_PANEL")
                .containsEntry("agenda", Map.of("comiteSessionId", comiteSession, "meetingDate", "2026-12-10"))
                .containsEntry("reason", "À l'ordre du jour de la séance du 2026-12-10 ; panel incomplet : 0 expert(s) siégeant sur 3");
        assertThat(row(page, awaitingPanel).get("agenda")).isNull();

        JsonPath en = secretariat().header("Accept-Language", "en").queryParam("callId", call).queryParam("state", "AWAITING_DECLARATIONS")
                .get(WORKLIST).then().statusCode(200).body("total", equalTo(1)).body("items", hasSize(1))
                .body("items[0].caseId", equalTo(awaitingDeclarations)).extract().jsonPath();
        assertThat(en.getString("items[0].reason")).isEqualTo("2 of 3 no-conflict declarations signed");
        assertThat(worklist(call, "state", "READY_FOR_OPINION").getList("items.caseId", String.class)).containsExactly(ready);
        assertThat(worklist(call, "state", "on_agenda").getList("items.caseId", String.class)).containsExactly(onAgenda);
        assertThat(worklist(call, "state", "AWAITING_SCORES").getList("items.caseId", String.class)).containsExactly(awaitingScores);
        assertThat(worklist(call, "state", "AWAITING_PANEL").getList("items.caseId", String.class)).containsExactly(awaitingPanel);
        assertThat(worklist(call, "sessionId", session.toString()).getList("items.caseId", String.class))
                .containsExactly(awaitingPanel, awaitingDeclarations);
        assertThat(worklist(call, "scheme", "TECHNOLOGY_GRAPE").getList("items.caseId", String.class)).containsExactly(ready);
        String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1).toString();
        assertThat(worklist(call, "submittedFrom", today, "submittedTo", tomorrow).getInt("total")).isEqualTo(5);
        assertThat(worklist(call, "submittedTo", today).getInt("total")).isZero();
        assertThat(worklist(call, "submittedFrom", tomorrow).getInt("total")).isZero();

        // pagination: bounded pages in a stable order, the total on each
        JsonPath p0 = worklist(call, "size", "2");
        JsonPath p1 = worklist(call, "size", "2", "page", "1");
        JsonPath p2 = worklist(call, "size", "2", "page", "2");
        JsonPath p3 = worklist(call, "size", "2", "page", "3");
        assertThat(List.of(p0.getInt("total"), p1.getInt("total"), p2.getInt("total"), p3.getInt("total"))).containsOnly(5);
        assertThat(p0.getList("items.caseId", String.class)).containsExactly(awaitingPanel, awaitingDeclarations);
        assertThat(p1.getList("items.caseId", String.class)).containsExactly(awaitingScores, ready);
        assertThat(p2.getList("items.caseId", String.class)).containsExactly(onAgenda);
        assertThat(p3.getList("items")).isEmpty();
        assertThat(p1.getInt("page")).isEqualTo(1);
        assertThat(p1.getInt("size")).isEqualTo(2);

        // an issued opinion takes the case off the worklist
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", ready).then().statusCode(201);
        assertThat(worklist(call).getList("items.caseId", String.class)).doesNotContain(ready).hasSize(4);

        // the existing list of a dossier's rounds answers as before: a plain array
        String dossier = secretariat().get("/api/v1/evaluation-cases/{id}", ready).then().extract().path("dossierId");
        secretariat().queryParam("dossierId", dossier).get("/api/v1/evaluation-cases").then().statusCode(200).body("$", hasSize(1))
                .body("[0].status", equalTo("OPINION_ISSUED"));
    }

    @Test
    void only_the_secretariat_reads_its_worklist_and_bad_filters_are_named() {
        for (String role : List.of("EXPERT", "REGION", "CELLULE", "APPLICANT", "FUNDING_READER")) {
            as(unique("someone"), role).get(WORKLIST).then().statusCode(403).contentType("application/problem+json");
        }
        given().get(WORKLIST).then().statusCode(401);
        secretariat().queryParam("state", "WAITING").queryParam("callId", "not-a-uuid").get(WORKLIST).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("state"));
        secretariat().queryParam("callId", "not-a-uuid").get(WORKLIST).then().statusCode(400).body("errors[0].field", equalTo("callId"));
        secretariat().queryParam("size", "101").get(WORKLIST).then().statusCode(400).body("errors[0].field", equalTo("size"));
        secretariat().queryParam("submittedFrom", "01/12/2026").get(WORKLIST).then().statusCode(400)
                .body("errors[0].field", equalTo("submittedFrom"));
        secretariat().queryParam("scheme", "GRAPPE").get(WORKLIST).then().statusCode(400).body("errors[0].field", equalTo("scheme"));
        secretariat().get(ASSIGNMENTS).then().statusCode(403);
        as("region", "REGION").get(ASSIGNMENTS).then().statusCode(403);
        expert(unique("nobody")).get(ASSIGNMENTS).then().statusCode(403).body("code", equalTo("NOT_AN_EXPERT"));
    }

    @Test
    void an_expert_lists_only_their_own_seats_with_their_sheets_state() {
        String domain = unique("verre-plat");
        UUID call = UUID.randomUUID();
        String xUser = unique("expert-x");
        String x = registerExpert(xUser, "BE", domain, false, false, null);
        ComitePanelApiTest.Team team = ComitePanelApiTest.Team.of(domain);

        String toSign = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, null, member(EnterpriseNumbers.fresh(), "A SA"));
        String toScore = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, null, member(EnterpriseNumbers.fresh(), "B SA"));
        String submitted = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, null, member(EnterpriseNumbers.fresh(), "C SA"));
        String replaced = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, null, member(EnterpriseNumbers.fresh(), "D SA"));
        UUID supersededDossier = UUID.randomUUID();
        var e = member(EnterpriseNumbers.fresh(), "E SA");
        String superseded = fx.openCase(supersededDossier, 1, domain, "ECONOMIC_CLUSTER", call, null, e);
        String notMine = fx.openCase(UUID.randomUUID(), 1, domain, "ECONOMIC_CLUSTER", call, null, member(EnterpriseNumbers.fresh(), "F SA"));

        for (String c : List.of(toSign, toScore, submitted, replaced, superseded)) {
            composePanel(c, x, team.specialistId(), team.foreignId());
        }
        composePanel(notMine, team.ids());
        signNoConflict(toScore, xUser);
        expert(xUser).contentType(ContentType.JSON).body(scores(3, 3, "brouillon")).put("/api/v1/evaluation-cases/{id}/scores/mine", toScore)
                .then().statusCode(200);
        signNoConflict(submitted, xUser);
        scoreAndSubmit(submitted, xUser, 4, 4);
        signNoConflict(replaced, xUser);
        composePanel(replaced, team.domainId(), team.specialistId(), team.foreignId());
        signNoConflict(superseded, xUser);
        fx.openCase(supersededDossier, 2, domain, "ECONOMIC_CLUSTER", call, null, e);

        JsonPath mine = expert(xUser).get(ASSIGNMENTS).then().statusCode(200).extract().jsonPath();
        assertThat(mine.getInt("total")).isEqualTo(5);
        // newest appointment first (the seat removed by the recomposition keeps its appointment time)
        assertThat(mine.getList("items.caseId", String.class)).containsExactly(superseded, replaced, submitted, toScore, toSign);
        assertThat(row(mine, toSign)).containsEntry("state", "DECLARATION_TO_SIGN").containsEntry("caseStatus", "OPEN")
                .containsEntry("reason", "Signez la déclaration d'absence de conflit d'intérêts pour ce dossier")
                .containsEntry("clusterName", "Cluster " + domain);
        assertThat(row(mine, toScore)).containsEntry("state", "SCORES_TO_GIVE").containsEntry("draftSaved", true)
                .containsEntry("reason", "Brouillon enregistré : soumettez vos scores");
        assertThat(row(mine, submitted)).containsEntry("state", "SUBMITTED");
        assertThat(row(mine, submitted).get("submittedAt")).isNotNull();
        assertThat(row(mine, replaced)).containsEntry("state", "VOIDED").containsEntry("removalCode", "REPLACED")
                .containsEntry("reason", "Retiré du panel par le secrétariat");
        assertThat(row(mine, superseded)).containsEntry("state", "ROUND_CLOSED").containsEntry("caseStatus", "SUPERSEDED");
        // nothing of the other experts: no counts, no scores, no names
        assertThat(row(mine, submitted)).doesNotContainKeys("seated", "scoresSubmitted", "scores", "experts", "focusDomain");
        assertThat(mine.getList("items.caseId", String.class)).doesNotContain(notMine);

        expert(xUser).header("Accept-Language", "en").queryParam("state", "VOIDED").get(ASSIGNMENTS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].caseId", equalTo(replaced))
                .body("items[0].reason", equalTo("Removed from the panel by the secretariat"));
        expert(xUser).queryParam("state", "SCORES_TO_GIVE").get(ASSIGNMENTS).then().body("total", equalTo(1))
                .body("items[0].caseId", equalTo(toScore));
        expert(xUser).queryParam("state", "NOPE").get(ASSIGNMENTS).then().statusCode(400).body("errors[0].field", equalTo("state"));
        JsonPath p0 = expert(xUser).queryParam("size", "2").get(ASSIGNMENTS).then().statusCode(200).extract().jsonPath();
        JsonPath p2 = expert(xUser).queryParam("size", "2").queryParam("page", "2").get(ASSIGNMENTS).then().extract().jsonPath();
        assertThat(p0.getList("items.caseId", String.class)).containsExactly(superseded, replaced);
        assertThat(p2.getList("items.caseId", String.class)).containsExactly(toSign);
        assertThat(p2.getInt("total")).isEqualTo(5);

        // an expert on no panel lists nothing, and still does not see the cases
        String outsider = unique("outsider");
        registerExpert(outsider, "FR", domain, false, false, null);
        expert(outsider).get(ASSIGNMENTS).then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        expert(outsider).get("/api/v1/evaluation-cases/{id}", toSign).then().statusCode(404);
        // the others on x's panels list their own seats, not x's sheet
        expert(team.specialistUser()).get(ASSIGNMENTS).then().statusCode(200).body("items.caseId", hasItem(notMine))
                .body("items.find { it.caseId == '%s' }.state".formatted(submitted), equalTo("DECLARATION_TO_SIGN"));
    }

    @Test
    void the_openapi_document_lists_the_worklists() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey(WORKLIST)).body("paths", hasKey(ASSIGNMENTS))
                .body("paths.'%s'.get.operationId".formatted(WORKLIST), equalTo("getCaseWorklist"))
                .body("paths.'%s'.get.operationId".formatted(ASSIGNMENTS), equalTo("listMyAssignments"))
                .body("paths.'%s'.get.parameters.name".formatted(WORKLIST), hasItem("submittedFrom"))
                .body("paths.'%s'.get.parameters.name".formatted(ASSIGNMENTS), not(hasItem("expertId")))
                .body("paths.'%s'.get.summary".formatted(WORKLIST), not(nullValue()));
    }
}
