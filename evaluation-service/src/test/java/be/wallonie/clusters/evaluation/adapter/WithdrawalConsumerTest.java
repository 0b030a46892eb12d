package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.composePanel;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.expert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.member;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.panelBody;
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

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.DossierReturnedForCompletionV1;
import be.wallonie.clusters.contracts.registry.DossierWithdrawnV1;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A withdrawal or a return for completion published by the registry closes the open round; the panel stays on record. */
@QuarkusTest
class WithdrawalConsumerTest {

    final ComiteFixtures fx = new ComiteFixtures();

    private String[] panel(String caseId, String domain) {
        String d = unique("dom");
        String[] ids = {registerExpert(d, "BE", domain, false, false, null),
                registerExpert(unique("spec"), "BE", "développement régional", true, false, null),
                registerExpert(unique("for"), "FR", "industrie", false, false, null)};
        composePanel(caseId, ids);
        signNoConflict(caseId, d);
        return new String[] {d, ids[0], ids[1], ids[2]};
    }

    @Test
    void a_withdrawal_closes_the_open_round_which_then_refuses_panel_scores_and_opinion_and_a_redelivery_is_applied_once() {
        UUID dossier = UUID.randomUUID();
        String domain = unique("verre");
        String caseId = fx.openCase(dossier, 1, domain, member(EnterpriseNumbers.fresh(), "Verrerie de Jumet SA"));
        String[] p = panel(caseId, domain);
        String user = p[0];

        String withdrawal = EventCodec.write(EventCodec.envelope(EventCatalog.DOSSIER_WITHDRAWN, "/cluster-registry", dossier.toString(),
                new DossierWithdrawnV1(dossier, 1, "Le consortium se dissout", "applicant-1", OffsetDateTime.now(ZoneOffset.UTC))));
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), withdrawal);
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), withdrawal);
        // a later snapshot of the same dossier proves both copies were consumed before it
        String round2 = fx.openCase(dossier, 2, domain, member(EnterpriseNumbers.fresh(), "Verrerie de Jumet SA"));

        secretariat().queryParam("dossierId", dossier).get("/api/v1/evaluation-cases").then().statusCode(200)
                .body("$", hasSize(2))
                .body("find { it.id == '%s' }.status".formatted(caseId), equalTo("WITHDRAWN"))
                .body("find { it.id == '%s' }.closedReason".formatted(caseId), equalTo("Le consortium se dissout"))
                .body("find { it.id == '%s' }.status".formatted(round2), equalTo("OPEN"));
        expert(user).contentType(ContentType.JSON).body(scores(3, 3, "x"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(409).body("code", equalTo("ROUND_WITHDRAWN"));
        String etag = secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200)
                .body("members.expertId", hasItem(p[1])).extract().header("ETag");
        secretariat().contentType(ContentType.JSON).header("If-Match", etag).body(panelBody(p[1], p[2], p[3]))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(409).body("code", equalTo("ROUND_WITHDRAWN"));
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId).then()
                .statusCode(409).body("code", equalTo("ROUND_WITHDRAWN"));
    }

    @Test
    void a_return_for_completion_closes_the_round_and_the_next_submission_opens_a_live_one() {
        UUID dossier = UUID.randomUUID();
        String domain = unique("lin");
        String number = EnterpriseNumbers.fresh();
        String caseId = fx.openCase(dossier, 1, domain, member(number, "Linière de Courtrai SA"));
        String[] p = panel(caseId, domain);

        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), EventCodec.write(EventCodec.envelope(
                EventCatalog.DOSSIER_RETURNED_FOR_COMPLETION, "/cluster-registry", dossier.toString(),
                new DossierReturnedForCompletionV1(dossier, 1, "Budget des actions manquant", "cellule-1",
                        OffsetDateTime.now(ZoneOffset.UTC)))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> secretariat().get("/api/v1/evaluation-cases/{id}", caseId).then()
                .statusCode(200).body("status", equalTo("RETURNED")).body("closedReason", equalTo("Budget des actions manquant")));
        expert(p[0]).contentType(ContentType.JSON).body(scores(3, 3, "x"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(409).body("code", equalTo("ROUND_RETURNED"));

        String round2 = fx.openCase(dossier, 2, domain, member(number, "Linière de Courtrai SA"));
        secretariat().get("/api/v1/evaluation-cases/{id}", round2).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("round", equalTo(2));
        composePanel(round2, p[1], p[2], p[3]);
        secretariat().get("/api/v1/evaluation-cases/{id}", caseId).then().body("status", equalTo("RETURNED"));
    }

    @Test
    void a_round_that_already_has_an_opinion_is_left_as_it_is() {
        UUID dossier = UUID.randomUUID();
        String domain = unique("grès");
        String caseId = fx.openCase(dossier, 1, domain, member(EnterpriseNumbers.fresh(), "Grès de Bouffioulx SA"));
        String[] users = {unique("dom"), unique("spec"), unique("for")};
        composePanel(caseId, registerExpert(users[0], "BE", domain, false, false, null),
                registerExpert(users[1], "BE", "développement régional", true, false, null),
                registerExpert(users[2], "FR", "industrie", false, false, null));
        for (String u : users) {
            signNoConflict(caseId, u);
            scoreAndSubmit(caseId, u, 4, 4);
        }
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId).then()
                .statusCode(201);

        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), EventCodec.write(EventCodec.envelope(EventCatalog.DOSSIER_WITHDRAWN,
                "/cluster-registry", dossier.toString(),
                new DossierWithdrawnV1(dossier, 1, "Trop tard", "applicant-1", OffsetDateTime.now(ZoneOffset.UTC)))));
        // a later snapshot proves the withdrawal was consumed before it
        fx.openCase(dossier, 2, domain, member(EnterpriseNumbers.fresh(), "Grès de Bouffioulx SA"));
        secretariat().get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(200).body("status", equalTo("OPINION_ISSUED"))
                .body("closedReason", org.hamcrest.Matchers.nullValue());
    }
}
