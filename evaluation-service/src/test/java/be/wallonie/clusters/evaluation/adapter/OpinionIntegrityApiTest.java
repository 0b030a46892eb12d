package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.as;
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
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import be.wallonie.clusters.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The review's fixes: experts read the dossier they score, conditions cannot rescue a failed consensus, opinions
 * and panel changes are serialized per case, and a newer snapshot supersedes the older round.
 */
@QuarkusTest
class OpinionIntegrityApiTest {

    final ComiteFixtures fx = new ComiteFixtures();

    /** A case with a full panel meeting the default rules; answers the case id and the three expert users. */
    record Scored(String caseId, List<String> users, String[] expertIds) {
    }

    Scored panelled(UUID dossier, String domain, String memberNumber) {
        String caseId = fx.openCase(dossier, 1, domain, member(memberNumber, "Scierie du Condroz SA"));
        String d = unique("dom");
        String s = unique("spec");
        String f = unique("for");
        String[] ids = {registerExpert(d, "BE", domain, false, false, null), registerExpert(s, "BE", "développement régional", true, false, null),
                registerExpert(f, "FR", "industrie", false, false, null)};
        composePanel(caseId, ids);
        return new Scored(caseId, List.of(d, s, f), ids);
    }

    @Test
    void a_panel_expert_reads_the_members_before_signing_and_the_whole_snapshot_after() {
        String number = EnterpriseNumbers.fresh();
        Scored c = panelled(UUID.randomUUID(), unique("bois"), number);
        String user = c.users().get(0);

        expert(user).get("/api/v1/evaluation-cases/{id}/snapshot", c.caseId()).then().statusCode(403)
                .body("code", equalTo("NO_CONFLICT_DECLARATION_REQUIRED"));
        expert(user).get("/api/v1/evaluation-cases/{id}/snapshot/members", c.caseId()).then().statusCode(200)
                .body("caseId", equalTo(c.caseId())).body("members", hasSize(1))
                .body("members[0].name", equalTo("Scierie du Condroz SA"))
                .body("members[0].enterpriseNumber", equalTo(number))
                .body("$", not(hasKey("actions")));

        signNoConflict(c.caseId(), user);
        expert(user).get("/api/v1/evaluation-cases/{id}/snapshot", c.caseId()).then().statusCode(200)
                .body("name", containsString("Cluster")).body("scheme", equalTo("ECONOMIC_CLUSTER"))
                .body("members[0].enterpriseNumber", equalTo(number)).body("members[0].role", equalTo("CORE_GROUP"));
        secretariat().get("/api/v1/evaluation-cases/{id}/snapshot", c.caseId()).then().statusCode(200)
                .body("members[0].name", equalTo("Scierie du Condroz SA"));
        secretariat().get("/api/v1/evaluation-cases/{id}/snapshot/members", c.caseId()).then().statusCode(200).body("members", hasSize(1));

        // an expert not on the panel does not learn the case exists; other roles are refused
        String outsider = unique("outsider");
        registerExpert(outsider, "BE", "chimie", false, false, null);
        expert(outsider).get("/api/v1/evaluation-cases/{id}/snapshot", c.caseId()).then().statusCode(404);
        expert(outsider).get("/api/v1/evaluation-cases/{id}/snapshot/members", c.caseId()).then().statusCode(404);
        secretariat().get("/api/v1/evaluation-cases/{id}/snapshot", UUID.randomUUID()).then().statusCode(404);
        for (String role : List.of("REGION", "CELLULE", "APPLICANT")) {
            as(role.toLowerCase(), role).get("/api/v1/evaluation-cases/{id}/snapshot", c.caseId()).then().statusCode(403);
            as(role.toLowerCase(), role).get("/api/v1/evaluation-cases/{id}/snapshot/members", c.caseId()).then().statusCode(403);
        }
        given().get("/api/v1/evaluation-cases/{id}/snapshot", c.caseId()).then().statusCode(401);
    }

    @Test
    void conditions_do_not_rescue_a_consensus_below_the_floor_and_a_condition_on_a_met_criterion_is_refused() {
        Scored c = panelled(UUID.randomUUID(), unique("verre"), EnterpriseNumbers.fresh());
        c.users().forEach(u -> signNoConflict(c.caseId(), u));
        // CRITICAL_MASS at 1/5: unmet and below the default floor of 2
        c.users().forEach(u -> scoreAndSubmit(c.caseId(), u, 4, 1));

        secretariat().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"conditions\": [{\"criterion\": \"CRITICAL_MASS\", \"text\": \"Grandir\"}, {\"criterion\": \"DURABILITY\", \"text\": \"Un plan\"}]}")
                .post("/api/v1/evaluation-cases/{id}/opinion", c.caseId()).then().statusCode(422)
                .body("code", equalTo("CONDITION_ON_MET_CRITERION")).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("conditions[1].criterion"));
        secretariat().get("/api/v1/evaluation-cases/{id}/opinion", c.caseId()).then().statusCode(404);

        secretariat().contentType(ContentType.JSON).body("{\"conditions\": [{\"criterion\": \"CRITICAL_MASS\", \"text\": \"Atteindre huit entreprises\"}]}")
                .post("/api/v1/evaluation-cases/{id}/opinion", c.caseId()).then().statusCode(201)
                .body("outcome", equalTo("UNFAVOURABLE")).body("conditions", hasSize(0)).body("$", not(hasKey("conditionsSetBy")))
                .body("reasons[0].criterion", equalTo("CRITICAL_MASS"));
    }

    @Test
    void two_opinions_issued_at_once_give_one_opinion_and_one_409() throws Exception {
        UUID dossier = UUID.randomUUID();
        Scored c = panelled(dossier, unique("papier"), EnterpriseNumbers.fresh());
        c.users().forEach(u -> signNoConflict(c.caseId(), u));
        c.users().forEach(u -> scoreAndSubmit(c.caseId(), u, 4, 4));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Response> issue = () -> secretariat().contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/evaluation-cases/{id}/opinion", c.caseId()).andReturn();
            List<Future<Response>> futures = pool.invokeAll(List.of(issue, issue));
            List<Integer> statuses = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (Future<Response> f : futures) {
                Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 409) {
                    codes.add(r.path("code"));
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            assertThat(codes).containsExactly("OPINION_ALREADY_ISSUED");
        } finally {
            pool.shutdownNow();
        }
        secretariat().get("/api/v1/evaluation-cases/{id}", c.caseId()).then().statusCode(200).body("status", equalTo("OPINION_ISSUED"));
        List<KafkaTestClient.Received> all = fx.kafka.readUntil(Topics.EVALUATION_EVENTS, rs -> false, Duration.ofSeconds(5));
        assertThat(all.stream().filter(r -> dossier.toString().equals(r.key())
                && r.event().type().equals(EventCatalog.OPINION_ISSUED.name()))).hasSize(1);
    }

    @Test
    void a_newer_snapshot_supersedes_the_open_round_which_then_refuses_panel_scores_and_opinion() {
        UUID dossier = UUID.randomUUID();
        String number = EnterpriseNumbers.fresh();
        String domain = unique("pierre");
        Scored c = panelled(dossier, domain, number);
        String user = c.users().get(0);
        signNoConflict(c.caseId(), user);
        secretariat().get("/api/v1/evaluation-cases/{id}", c.caseId()).then().body("status", equalTo("OPEN"));

        String round2 = fx.openCase(dossier, 2, domain, member(number, "Scierie du Condroz SA"));

        secretariat().queryParam("dossierId", dossier).get("/api/v1/evaluation-cases").then().statusCode(200)
                .body("find { it.id == '%s' }.status".formatted(c.caseId()), equalTo("SUPERSEDED"))
                .body("find { it.id == '%s' }.status".formatted(round2), equalTo("OPEN"));
        expert(user).contentType(ContentType.JSON).body(scores(3, 3, "x"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", c.caseId()).then().statusCode(409).body("code", equalTo("ROUND_SUPERSEDED"));
        String etag = secretariat().get("/api/v1/evaluation-cases/{id}/panel", c.caseId()).then().extract().header("ETag");
        secretariat().contentType(ContentType.JSON).header("If-Match", etag).body(panelBody(c.expertIds()))
                .put("/api/v1/evaluation-cases/{id}/panel", c.caseId()).then().statusCode(409).body("code", equalTo("ROUND_SUPERSEDED"));
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", c.caseId()).then()
                .statusCode(409).body("code", equalTo("ROUND_SUPERSEDED"));
        // the new round works as usual
        composePanel(round2, c.expertIds());
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", round2).then().body("members.expertId", hasItem(c.expertIds()[0]));
    }
}
