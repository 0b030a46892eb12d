package be.wallonie.clusters.evaluation.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.foundation.inbox.Inbox;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The policy evaluation end to end: real events on the real topics, the projection through the inbox, a stored
 * report read as JSON and CSV. The facts are dated 2031–2033 so that other tests' facts (dated now) stay outside
 * the period evaluated.
 */
@QuarkusTest
class PolicyEvaluationApiTest {

    static final String REGISTRY_CONSUMER = "evaluation-service";
    static final String POLICY_CONSUMER = "evaluation-service-policy";

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    @Inject
    Inbox inbox;

    private void send(String topic, CloudEvent e) {
        kafka.send(topic, e.subject(), EventCodec.write(e));
    }

    private void awaitApplied(String consumer, CloudEvent... events) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (CloudEvent e : events) {
                assertThat(inbox.hasApplied(consumer, e.id())).as(e.type() + " " + e.id()).isTrue();
            }
        });
    }

    @Test
    @TestSecurity(user = "secretariat-1", roles = "COMITE_SECRETARIAT")
    void a_report_counts_the_facts_received_by_event_in_json_and_csv() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        CloudEvent submittedA = PolicyEvents.submitted(a, 1, "ECONOMIC_CLUSTER", "2031-02-01T09:00:00Z");
        CloudEvent submittedB = PolicyEvents.submitted(b, 1, "TECHNOLOGY_GRAPE", "2031-03-01T09:00:00Z");
        CloudEvent submittedOutside = PolicyEvents.submitted(outside, 1, "ECONOMIC_CLUSTER", "2033-01-01T09:00:00Z");
        CloudEvent opinionA = PolicyEvents.opinion(UUID.randomUUID(), a, 1, "FAVOURABLE", "2031-02-21T09:00:00Z");
        CloudEvent opinionB = PolicyEvents.opinion(UUID.randomUUID(), b, 1, "UNFAVOURABLE", "2031-03-31T21:00:00Z");
        CloudEvent decidedA = PolicyEvents.decided(a, "VALIDATED", "FAVOURABLE", "2031-04-01T10:00:00Z");
        CloudEvent decidedB = PolicyEvents.decided(b, "VALIDATED", "UNFAVOURABLE", "2031-04-02T10:00:00Z");
        CloudEvent grantedA = PolicyEvents.granted(a, "2031-04-01T10:00:00Z");
        UUID file = UUID.randomUUID();
        CloudEvent scheduleV1 = PolicyEvents.schedule(file, a, 1, "100000.00", 2031, 2032, 2033);
        CloudEvent scheduleV2 = PolicyEvents.schedule(file, a, 2, "120000.50", 2031, 2032, 2033);
        UUID report2031 = UUID.randomUUID();
        CloudEvent followUp2031 = PolicyEvents.followUp(report2031, a, 2031, 1, "100", 1);
        CloudEvent followUp2031Corrected = PolicyEvents.followUp(report2031, a, 2031, 2, "110", 1);
        CloudEvent followUp2032 = PolicyEvents.followUp(UUID.randomUUID(), a, 2032, 1, "132", 3);

        for (CloudEvent e : List.of(submittedA, submittedB, submittedOutside, decidedA, decidedB, grantedA, followUp2031,
                followUp2031Corrected, followUp2032)) {
            send(Topics.REGISTRY_EVENTS, e);
        }
        send(Topics.REGISTRY_EVENTS, decidedB); // redelivered: counts once
        send(Topics.EVALUATION_EVENTS, opinionA);
        send(Topics.EVALUATION_EVENTS, opinionA); // redelivered: counts once
        send(Topics.EVALUATION_EVENTS, opinionB);
        send(Topics.FUNDING_EVENTS, scheduleV1);
        send(Topics.FUNDING_EVENTS, scheduleV2);
        awaitApplied(REGISTRY_CONSUMER, submittedA, submittedB, submittedOutside, decidedA, decidedB, grantedA, followUp2031,
                followUp2031Corrected, followUp2032);
        awaitApplied(POLICY_CONSUMER, opinionA, opinionB, scheduleV1, scheduleV2);

        String location = given().contentType(ContentType.JSON).body("{\"from\":\"2031-01-01\",\"to\":\"2033-01-01\"}")
                .post("/api/v1/policy-evaluations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/policy-evaluations/"))
                .body("periodFrom", equalTo("2031-01-01"))
                .body("periodTo", equalTo("2033-01-01"))
                .body("computedBy", equalTo("secretariat-1"))
                .body("methodVersion", equalTo("policy-evaluation-1"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        ValidatableResponse json = given().get("/api/v1/policy-evaluations/" + id).then().statusCode(200)
                .contentType(ContentType.JSON);
        json.body("dossiersReceived.dossiers", equalTo(2))
                .body("dossiersReceived.submissions", equalTo(2))
                .body("dossiersReceived.byScheme.ECONOMIC_CLUSTER", equalTo(1))
                .body("dossiersReceived.byScheme.TECHNOLOGY_GRAPE", equalTo(1))
                .body("timeToOpinion.opinionsIssued", equalTo(2))
                .body("timeToOpinion.byOpinion.FAVOURABLE", equalTo(1))
                .body("timeToOpinion.measured", equalTo(2))
                // 20 days and 30.5 days
                .body("timeToOpinion.medianDays", equalTo(25.3f))
                .body("timeToOpinion.p90Days", equalTo(30.5f))
                .body("timeToOpinion.maxDays", equalTo(30.5f))
                .body("timeToOpinion.awaitingOpinion", equalTo(0))
                .body("validation.decided", equalTo(2))
                .body("validation.validationRate", equalTo(1.0f))
                .body("divergence.divergent", equalTo(1))
                .body("divergence.validatedAgainstUnfavourable", equalTo(1))
                .body("divergence.rejectedAgainstFavourable", equalTo(0))
                .body("divergence.divergenceRate", equalTo(0.5f))
                .body("agrements.granted", equalTo(1))
                // the latest schedule version only, budget years 2031 and 2032 only
                .body("fundingCommitted.total", equalTo(240001.0f))
                .body("fundingCommitted.byBudgetYear.2031", equalTo(120000.5f))
                .body("fundingCommitted.schedulesCounted", greaterThanOrEqualTo(1))
                .body("followUpTrends.find { it.indicator == 'jobs' }.totalsByYear.2031", equalTo(110))
                .body("followUpTrends.find { it.indicator == 'jobs' }.totalsByYear.2032", equalTo(132))
                .body("followUpTrends.find { it.indicator == 'jobs' }.change", equalTo(22))
                .body("followUpTrends.find { it.indicator == 'jobs' }.changeRate", equalTo(0.2f))
                .body("followUpTrends.find { it.indicator == 'patentsFiled' }.change", equalTo(2))
                .body("basis.submissions", greaterThanOrEqualTo(3))
                .body("basis.lastFactReceivedAt", notNullValue());

        String csv = given().accept("text/csv").get("/api/v1/policy-evaluations/" + id)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String prefix = id + ";2031-01-01;2033-01-01;";
        assertThat(csv).startsWith("report_id;period_from;period_to;section;indicator;breakdown;year;value;unit\r\n");
        assertThat(csv).contains(prefix + "dossiers_received;dossiers;;;2;count\r\n")
                .contains(prefix + "dossiers_received;dossiers;TECHNOLOGY_GRAPE;;1;count\r\n")
                .contains(prefix + "time_to_opinion;median;;;25,3;days\r\n")
                .contains(prefix + "validation;validation_rate;;;1,0000;share\r\n")
                .contains(prefix + "divergence;divergence_rate;;;0,5000;share\r\n")
                .contains(prefix + "funding_committed;granted;;;240001,00;EUR\r\n")
                .contains(prefix + "funding_committed;granted;;2032;120000,50;EUR\r\n")
                .contains(prefix + "follow_up;jobs;;2031;110;value\r\n")
                .contains(prefix + "follow_up;jobs;change_rate;;0,2000;share\r\n");
        assertThat(given().get("/api/v1/policy-evaluations/" + id + ".csv").then().statusCode(200)
                .header("Content-Disposition", containsString(".csv")).extract().asString()).isEqualTo(csv);

        given().queryParam("size", 100).get("/api/v1/policy-evaluations").then().statusCode(200)
                .body("items.id", hasItem(id)).body("size", equalTo(100)).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    @TestSecurity(user = "secretariat-1", roles = "COMITE_SECRETARIAT")
    void the_default_period_is_24_months_ending_with_today() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/policy-evaluations").then().statusCode(201)
                .body("periodTo", equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(1).toString()))
                .body("periodFrom", equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(1).minusMonths(24).toString()));
        given().contentType(ContentType.JSON).body("{\"from\":\"2030-01-01\"}").post("/api/v1/policy-evaluations").then().statusCode(201)
                .body("periodTo", equalTo("2032-01-01"));
    }

    @Test
    @TestSecurity(user = "secretariat-1", roles = "COMITE_SECRETARIAT")
    void an_empty_or_unreadable_period_is_refused_and_nothing_is_stored() {
        long before = given().get("/api/v1/policy-evaluations").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"from\":\"2031-01-01\",\"to\":\"2031-01-01\"}")
                .post("/api/v1/policy-evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("detail", equalTo("The period must end after it starts"));
        given().contentType(ContentType.JSON).body("{\"from\":\"2031-02-30\"}").post("/api/v1/policy-evaluations").then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("size", 0).header("Accept-Language", "en").get("/api/v1/policy-evaluations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size")).body("errors[0].message", equalTo("Whole number from 1 to 100 expected"));
        given().get("/api/v1/policy-evaluations/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/policy-evaluation-not-found"));
        assertThat(given().get("/api/v1/policy-evaluations").then().extract().jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_reads_reports_but_does_not_commission_them() {
        given().get("/api/v1/policy-evaluations").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/policy-evaluations").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_cellule_reads_the_evaluation_of_its_work() {
        given().get("/api/v1/policy-evaluations").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/policy-evaluations").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "expert-1", roles = {"EXPERT", "APPLICANT"})
    void experts_and_applicants_read_no_report() {
        given().get("/api/v1/policy-evaluations").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/policy-evaluations/" + UUID.randomUUID() + ".csv").then().statusCode(403);
    }

    @Test
    void an_unreadable_funding_or_opinion_event_goes_to_the_dead_letter_topic() {
        String poisonKey = "poison-funding-" + UUID.randomUUID();
        kafka.send(Topics.FUNDING_EVENTS, poisonKey, "{not json at all");
        UUID dossier = UUID.randomUUID();
        String unknownOpinion = EventCodec.write(PolicyEvents.opinion(UUID.randomUUID(), dossier, 1, "FAVOURABLE", "2031-02-21T09:00:00Z"))
                .replace("\"opinion\":\"FAVOURABLE\"", "\"opinion\":\"MAYBE\"");
        kafka.send(Topics.EVALUATION_EVENTS, dossier.toString(), unknownOpinion);

        List<KafkaTestClient.Received> dead = kafka.readUntil(Topics.EVALUATION_DLQ,
                rs -> rs.stream().anyMatch(r -> poisonKey.equals(r.key())) && rs.stream().anyMatch(r -> dossier.toString().equals(r.key())),
                Duration.ofSeconds(30));
        assertThat(dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow().headers())
                .containsEntry("dead-letter-topic", Topics.FUNDING_EVENTS);
        assertThat(dead.stream().filter(r -> dossier.toString().equals(r.key())).findFirst().orElseThrow().headers())
                .containsEntry("dead-letter-topic", Topics.EVALUATION_EVENTS);
    }
}
