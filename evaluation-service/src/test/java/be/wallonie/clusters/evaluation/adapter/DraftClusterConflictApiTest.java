package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.composePanel;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.expert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.identity;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.member;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.panelBody;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.registerExpert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.scoreAndSubmit;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.secretariat;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.signNoConflict;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Conflicts with clusters "en projet" (000 III.2, issue #14): the member sets the registry announces of drafts
 * (ClusterMembershipChanged) count beside the snapshots' members, through the real broker and PostgreSQL.
 */
@QuarkusTest
class DraftClusterConflictApiTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    final ComiteFixtures fx = new ComiteFixtures();

    static double outOfOrderCount() {
        Matcher m = Pattern.compile("(?m)^clusters_membership_out_of_order_total(?:\\{[^}]*\\})? ([0-9.eE+-]+)(?: .*)?$")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void an_expert_affiliated_with_a_member_of_a_draft_is_refused_on_every_panel_without_the_draft_being_named() {
        String domain = unique("textile");
        String caseA = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Tissage SA"));
        String caseB = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Filature SA"));
        ComitePanelApiTest.Team team = ComitePanelApiTest.Team.of(domain);
        String linked = EnterpriseNumbers.fresh();
        String user = unique("dom");
        String linkedExpert = registerExpert(user, "BE", domain, false, false, linked);
        secretariat().get("/api/v1/experts/{id}", linkedExpert).then().body("eligible", equalTo(true));

        UUID draft = UUID.randomUUID();
        fx.announce(draft, 1, "DRAFT", identity(EnterpriseNumbers.fresh(), "Teinturerie Secrète SRL"),
                identity(linked, "Confection Brouillon SA"));

        await().atMost(WAIT).untilAsserted(() -> secretariat().get("/api/v1/experts/{id}", linkedExpert).then()
                .body("eligible", equalTo(false)));
        secretariat().get("/api/v1/experts/{id}", linkedExpert).then()
                .body("conflicts", hasSize(1)).body("conflicts[0].kind", equalTo("AFFILIATION"))
                .body("conflicts[0].clusterStage", equalTo("DRAFT")).body("conflicts[0].enterpriseNumber", equalTo(linked.replace(".", "")))
                .body("conflicts[0].dossierId", nullValue()).body("conflicts[0].caseId", nullValue())
                .body("conflicts[0].clusterName", nullValue())
                .body("conflicts[0].description", containsString("Entreprise liée"))
                .body("conflicts[0].description", containsString("membre d'un cluster en projet"))
                .body("conflicts[0].description", not(containsString("Brouillon")));
        for (String caseId : new String[] {caseA, caseB}) {
            secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Accept-Language", "en")
                    .body(panelBody(linkedExpert, team.specialistId(), team.foreignId())).put("/api/v1/evaluation-cases/{id}/panel", caseId)
                    .then().statusCode(422).body("code", equalTo("PANEL_RULES_BROKEN")).body("errors.field", hasItem("NO_CONFLICT_OF_INTEREST"))
                    .body("errors.find { it.field == 'NO_CONFLICT_OF_INTEREST' }.message",
                            containsString("member of a cluster in preparation"))
                    .body("errors.find { it.field == 'NO_CONFLICT_OF_INTEREST' }.message", not(containsString(draft.toString())));
            secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().header("ETag", "\"0\"").body("members", hasSize(0));
        }
        // nor does the automatic proposal seat them
        secretariat().get("/api/v1/evaluation-cases/{id}/panel/proposal", caseA).then().statusCode(200)
                .body("expertIds", not(hasItem(linkedExpert)));
    }

    @Test
    void a_draft_adding_a_member_removes_the_seated_expert_redelivery_and_older_sequences_change_nothing_and_ended_releases() {
        String domain = unique("aéro");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Aile SA"));
        ComitePanelApiTest.Team team = ComitePanelApiTest.Team.of(domain);
        String linked = EnterpriseNumbers.fresh();
        String user = unique("dom");
        String seated = registerExpert(user, "BE", domain, false, false, linked);
        composePanel(caseId, seated, team.specialistId(), team.foreignId());
        signNoConflict(caseId, user);
        scoreAndSubmit(caseId, user, 4, 4);

        UUID draft = UUID.randomUUID();
        var other = identity(EnterpriseNumbers.fresh(), "Hélice SRL");
        String first = fx.announce(draft, 1, "DRAFT", other);
        String second = fx.announce(draft, 2, "DRAFT", other, identity(linked, "Carlingue SA"));

        await().atMost(WAIT).untilAsserted(() -> secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then()
                .statusCode(200).body("members.expertId", not(hasItem(seated)))
                .body("removals", hasSize(1)).body("removals[0].expertId", equalTo(seated))
                .body("removals[0].code", equalTo("CONFLICT_OF_INTEREST")).body("removals[0].removedBy", equalTo("system"))
                .body("removals[0].reason", containsString("membre d'un cluster en projet"))
                .body("removals[0].reason", not(containsString("Carlingue"))));
        secretariat().get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(200)
                .body("items.find { it.expertId == '%s' }.status".formatted(seated), equalTo("VOID"))
                .body("items.find { it.expertId == '%s' }.voidReason".formatted(seated), containsString("member of a cluster in preparation"));
        expert(user).get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(404);

        // redelivered (the same events) and an older sequence (a new event with sequence 1, without the member): nothing changes
        double before = outOfOrderCount();
        fx.kafka.send(Topics.REGISTRY_EVENTS, draft.toString(), second);
        fx.kafka.send(Topics.REGISTRY_EVENTS, draft.toString(), first);
        fx.announce(draft, 1, "DRAFT", other);
        await().atMost(WAIT).until(() -> outOfOrderCount() > before);
        secretariat().get("/api/v1/experts/{id}", seated).then().body("eligible", equalTo(false))
                .body("conflicts[0].clusterStage", equalTo("DRAFT"));
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().body("removals", hasSize(1)).body("members", hasSize(2));

        // the draft is withdrawn: ENDED releases the conflict for future compositions, the removal stays
        fx.announce(draft, 3, "ENDED");
        await().atMost(WAIT).untilAsserted(() -> secretariat().get("/api/v1/experts/{id}", seated).then()
                .body("eligible", equalTo(true)).body("conflicts", hasSize(0)));
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().body("removals", hasSize(1))
                .body("members.expertId", not(hasItem(seated)));
        composePanel(caseId, seated, team.specialistId(), team.foreignId());
        assertThat(outOfOrderCount()).isGreaterThan(before);
    }
}
