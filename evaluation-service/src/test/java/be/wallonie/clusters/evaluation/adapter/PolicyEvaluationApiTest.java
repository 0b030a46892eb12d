package be.wallonie.clusters.evaluation.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import be.wallonie.clusters.foundation.inbox.Inbox;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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

    @Inject
    AgroalDataSource dataSource;

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
                .body("methodVersion", equalTo("policy-evaluation-2"))
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

    /**
     * The sections of policy-evaluation-2 on facts dated 2011–2012 (a period long past, so that its due days have passed
     * and other tests' facts stay outside), hand-worked: two acts (one corrected), a project that became dossier d1, two
     * avis against two opinions, three payments (one reversal) over budget years 2011 and 2012, a follow-up report with
     * plan data filed late and one without, an agrément year without any report.
     */
    @Test
    @TestSecurity(user = "secretariat-1", roles = "COMITE_SECRETARIAT")
    void the_report_evaluates_the_cellule_the_payments_and_the_follow_up_and_carries_the_comites_findings() throws Exception {
        UUID d1 = UUID.randomUUID();
        UUID d2 = UUID.randomUUID();
        UUID d3 = UUID.randomUUID();
        UUID p1 = UUID.randomUUID();
        UUID act1 = UUID.randomUUID();
        UUID avis1 = UUID.randomUUID();
        UUID file = UUID.randomUUID();
        CloudEvent projectOpen = PolicyEvents.project(p1, 1, "OPEN", "2011-01-10", null, "2011-01-10T10:00:00Z");
        CloudEvent projectDossier = PolicyEvents.project(p1, 2, "BECAME_DOSSIER", "2011-01-10", d1, "2011-03-01T10:00:00Z");
        CloudEvent meeting = PolicyEvents.act(act1, p1, null, "MEETING", "2011-02-01", 90, 3, "2011-02-01T17:00:00Z");
        CloudEvent meetingCorrected = PolicyEvents.act(act1, p1, null, "MEETING", "2011-02-01", 120, 3, "2011-02-02T09:00:00Z");
        CloudEvent help = PolicyEvents.act(UUID.randomUUID(), null, d1, "FORMALISATION_HELP", "2011-03-15", 30, 1, "2011-03-15T17:00:00Z");
        CloudEvent submitted1 = PolicyEvents.submitted(d1, 1, "ECONOMIC_CLUSTER", "2011-04-11T09:00:00Z");
        CloudEvent submitted2 = PolicyEvents.submitted(d2, 1, "TECHNOLOGY_GRAPE", "2011-05-01T09:00:00Z");
        CloudEvent avis1v1 = PolicyEvents.avis(avis1, d1, 1, "UNFAVOURABLE", "2011-04-20T10:00:00Z");
        CloudEvent avis1v2 = PolicyEvents.avis(avis1, d1, 2, "RESERVED", "2011-05-01T10:00:00Z");
        CloudEvent avis2 = PolicyEvents.avis(UUID.randomUUID(), d2, 1, "FAVOURABLE", "2011-05-10T10:00:00Z");
        CloudEvent opinion1 = PolicyEvents.opinion(UUID.randomUUID(), d1, 1, "FAVOURABLE_WITH_CONDITIONS", "2011-06-01T10:00:00Z");
        CloudEvent opinion2 = PolicyEvents.opinion(UUID.randomUUID(), d2, 1, "UNFAVOURABLE", "2011-06-15T10:00:00Z");
        CloudEvent granted1 = PolicyEvents.granted(d1, "2011-07-01T10:00:00Z");
        CloudEvent granted3 = PolicyEvents.granted(d3, "2011-09-01T10:00:00Z");
        CloudEvent schedule = PolicyEvents.schedule(file, d1, 1, "100000.00", 2011, 2012);
        CloudEvent paid2011 = PolicyEvents.payment(d1, file, 2011, "60000.00", "2011-07-01", "PAY-1");
        CloudEvent reversal = PolicyEvents.payment(d1, file, 2011, "-5000.00", "2011-08-01", "PAY-2");
        CloudEvent paid2012 = PolicyEvents.payment(d1, file, 2012, "40000.00", "2012-03-01", "PAY-3");
        CloudEvent followUpLate = PolicyEvents.followUpAgainstPlan(d1, 2011, new FollowUpReportFiledV1.PlanExecution(4, 3, 1, 0, 0,
                new BigDecimal("40000.00"), new BigDecimal("30000.00"), 2, 1, 1, 1), "2012-03-31", "2012-04-02T10:00:00Z");
        CloudEvent followUpOld = PolicyEvents.followUpAgainstPlan(d2, 2011, null, null, "2012-03-01T10:00:00Z");

        List<CloudEvent> registry = List.of(projectOpen, projectDossier, meeting, meetingCorrected, help, submitted1, submitted2, avis1v1,
                avis1v2, avis2, granted1, granted3, followUpLate, followUpOld);
        registry.forEach(e -> send(Topics.REGISTRY_EVENTS, e));
        send(Topics.REGISTRY_EVENTS, help); // redelivered: counts once
        send(Topics.REGISTRY_EVENTS, avis1v2); // redelivered
        send(Topics.REGISTRY_EVENTS, projectOpen); // redelivered: the older version changes nothing
        send(Topics.EVALUATION_EVENTS, opinion1);
        send(Topics.EVALUATION_EVENTS, opinion2);
        for (CloudEvent e : List.of(schedule, paid2011, reversal, paid2012, reversal)) {
            send(Topics.FUNDING_EVENTS, e);
        }
        awaitApplied(POLICY_CONSUMER, avis1v1, avis1v2, avis2, opinion1, opinion2, schedule, paid2011, reversal, paid2012);
        awaitApplied(REGISTRY_CONSUMER, projectOpen, projectDossier, meeting, meetingCorrected, help, submitted1, submitted2, granted1,
                granted3, followUpLate, followUpOld);

        String id = given().contentType(ContentType.JSON).body("{\"from\":\"2011-01-01\",\"to\":\"2013-01-01\"}")
                .post("/api/v1/policy-evaluations").then().statusCode(201).header("ETag", "\"0\"")
                .body("methodVersion", equalTo("policy-evaluation-2"))
                .extract().path("id");

        given().get("/api/v1/policy-evaluations/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("celluleActivity.acts", equalTo(2))
                .body("celluleActivity.hours", equalTo(2.5f)) // the corrected meeting's 120 minutes and 30
                .body("celluleActivity.actsByKind.MEETING", equalTo(1))
                .body("celluleActivity.hoursByKind.MEETING", equalTo(2.0f))
                .body("celluleActivity.organisationParticipations", equalTo(4))
                .body("celluleActivity.projectsAccompanied", equalTo(1))
                .body("celluleActivity.projectsBecameDossiers", equalTo(1))
                .body("celluleActivity.dossiersAccompanied", equalTo(1))
                .body("celluleActivity.contactToSubmissionMeasured", equalTo(1))
                .body("celluleActivity.medianDaysContactToSubmission", equalTo(91.0f)) // 10 January → 11 April 2011
                .body("celluleActivity.avisAgreement.opinionsWithAvis", equalTo(2))
                .body("celluleActivity.avisAgreement.agreeing", equalTo(1)) // RESERVED (v2) ↔ with conditions
                .body("celluleActivity.avisAgreement.agreementRate", equalTo(0.5f))
                .body("celluleActivity.avisAgreement.sameDirectionRate", equalTo(0.5f))
                .body("amountsPaid.total", equalTo(95000.0f))
                .body("amountsPaid.payments", equalTo(3))
                .body("amountsPaid.reversals", equalTo(1))
                .body("amountsPaid.byScheme.CLUSTER_ANIMATOR", equalTo(95000.0f))
                .body("amountsPaid.byBudgetYear[0].budgetYear", equalTo(2011))
                .body("amountsPaid.byBudgetYear[0].paid", equalTo(55000.0f))
                .body("amountsPaid.byBudgetYear[0].committed", equalTo(100000.0f))
                .body("amountsPaid.byBudgetYear[0].paidShareOfCommitted", equalTo(0.55f))
                .body("amountsPaid.byBudgetYear[1].paidShareOfCommitted", equalTo(0.4f))
                .body("followUpExecution.byYear[0].year", equalTo(2011))
                .body("followUpExecution.byYear[0].reports", equalTo(2))
                .body("followUpExecution.byYear[0].withoutPlanData", equalTo(1))
                .body("followUpExecution.byYear[0].executionRate", equalTo(0.75f))
                .body("followUpExecution.byYear[0].budgetSpentRate", equalTo(0.75f))
                .body("followUpExecution.byYear[0].gainsAchievedRate", equalTo(0.5f))
                .body("followUpExecution.byYear[0].conditionsMetRate", equalTo(1.0f))
                .body("followUpExecution.overdue.reportsWithDueDay", equalTo(1))
                .body("followUpExecution.overdue.filedLate", equalTo(1))
                .body("followUpExecution.overdue.yearsDue", equalTo(2)) // 2011 of d1 and of d3, due 31 March 2012
                .body("followUpExecution.overdue.yearsDueWithoutReport", equalTo(1))
                .body("findings.version", equalTo(0))
                .body("findings.finalised", equalTo(false));

        String csv = given().get("/api/v1/policy-evaluations/" + id + ".csv").then().statusCode(200).extract().asString();
        String prefix = id + ";2011-01-01;2013-01-01;";
        assertThat(csv).contains(prefix + "cellule_activity;acts;;;2;count\r\n")
                .contains(prefix + "cellule_activity;hours;MEETING;;2,0;hours\r\n")
                .contains(prefix + "cellule_activity;contact_to_submission_median;;;91,0;days\r\n")
                .contains(prefix + "avis_agreement;agreement_rate;;;0,5000;share\r\n")
                .contains(prefix + "avis_agreement;opinions_with_avis;RESERVED/FAVOURABLE_WITH_CONDITIONS;;1;count\r\n")
                .contains(prefix + "amounts_paid;paid;;;95000,00;EUR\r\n")
                .contains(prefix + "amounts_paid;paid;;2011;55000,00;EUR\r\n")
                .contains(prefix + "amounts_paid;paid_share_of_committed;;2012;0,4000;share\r\n")
                .contains(prefix + "follow_up_execution;execution_rate;;2011;0,7500;share\r\n")
                .contains(prefix + "follow_up_execution;without_plan_data;;2011;1;count\r\n")
                .contains(prefix + "overdue_reports;filed_late;;;1;count\r\n")
                .contains(prefix + "overdue_reports;years_due_without_report;;;1;count\r\n");

        // findings: If-Match required, versioned, stale refused, audited, then final
        String findings = "{\"findings\":{\"fr\":\"La Cellule a accompagné un projet.\\n\\n<script>alert('x')</script> & co\"},"
                + "\"recommendations\":{\"en\":\"Chase overdue reports in April.\"}}";
        given().contentType(ContentType.JSON).body(findings).put("/api/v1/policy-evaluations/" + id + "/findings").then().statusCode(428)
                .contentType("application/problem+json");
        given().header("If-Match", "\"0\"").post("/api/v1/policy-evaluations/" + id + "/finalisation").then().statusCode(409)
                .body("type", equalTo("https://clusters.wallonie.be/problems/policy-evaluation-without-findings"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"findings\":{\"fr\":\"  \"}}")
                .put("/api/v1/policy-evaluations/" + id + "/findings").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(findings)
                .put("/api/v1/policy-evaluations/" + id + "/findings").then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("writtenBy", equalTo("secretariat-1")).body("recommendations.fr", nullValue());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"findings\":{\"fr\":\"Autre\"}}")
                .put("/api/v1/policy-evaluations/" + id + "/findings").then().statusCode(412).header("ETag", "\"1\"");
        given().get("/api/v1/policy-evaluations/" + id + "/findings").then().statusCode(200).header("ETag", "\"1\"")
                .body("findings.fr", startsWith("La Cellule a accompagné un projet."));

        // the printable page: escaped, in the caller's language, no external resource
        String html = given().accept("text/html").get("/api/v1/policy-evaluations/" + id).then().statusCode(200)
                .contentType(startsWith("text/html")).header("Content-Language", "fr").extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Évaluation de la politique des clusters")
                .contains("Période du 1 janvier 2011 au 31 décembre 2012 inclus")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co").doesNotContain("<script")
                .contains("Activité de la Cellule Clusters").contains("Montants payés").contains("Rapports en retard")
                .contains("Chase overdue reports in April.").contains("@media print")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link").doesNotContain("<img");
        String english = given().header("Accept-Language", "en").get("/api/v1/policy-evaluations/" + id + ".html").then()
                .statusCode(200).extract().asString();
        assertThat(english).contains("<html lang=\"en\">").contains("Evaluation of the cluster policy")
                .contains("The Cellule Clusters&#39; activity").contains("Written in French only:").contains("95000.00");

        given().header("If-Match", "\"1\"").post("/api/v1/policy-evaluations/" + id + "/finalisation").then().statusCode(200)
                .header("ETag", "\"2\"").body("finalised", equalTo(true)).body("finalisedBy", equalTo("secretariat-1"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"findings\":{\"fr\":\"Autre\"}}")
                .put("/api/v1/policy-evaluations/" + id + "/findings").then().statusCode(409)
                .body("type", equalTo("https://clusters.wallonie.be/problems/policy-evaluation-final"));
        given().header("If-Match", "\"2\"").post("/api/v1/policy-evaluations/" + id + "/finalisation").then().statusCode(409);
        given().get("/api/v1/policy-evaluations/" + id + "/findings/history").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].action", equalTo("FINALISED")).body("items[1].action", equalTo("WRITTEN"))
                .body("items[1].findings.fr", startsWith("La Cellule"));
        given().get("/api/v1/policy-evaluations/" + id).then().statusCode(200).body("findings.finalised", equalTo(true))
                .body("amountsPaid.total", equalTo(95000.0f)); // the figures are as computed

        // a report stored by the first method version keeps it and still reads and renders
        UUID old = UUID.randomUUID();
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement("""
                insert into policy_evaluation (id, period_from, period_to, method_version, computed_at, computed_by, report)
                select ?, period_from, period_to, 'policy-evaluation-1', computed_at, computed_by,
                    (report - 'celluleActivity' - 'amountsPaid' - 'followUpExecution')
                        || '{"methodVersion": "policy-evaluation-1"}'::jsonb
                from policy_evaluation where id = ?""")) {
            ps.setObject(1, old);
            ps.setObject(2, UUID.fromString(id));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        given().get("/api/v1/policy-evaluations/" + old).then().statusCode(200).body("methodVersion", equalTo("policy-evaluation-1"))
                .body("celluleActivity", nullValue()).body("amountsPaid", nullValue()).body("findings.version", equalTo(0));
        assertThat(given().get("/api/v1/policy-evaluations/" + old + ".csv").then().statusCode(200).extract().asString())
                .contains(";dossiers_received;").doesNotContain(";cellule_activity;");
        assertThat(given().get("/api/v1/policy-evaluations/" + old + ".html").then().statusCode(200).extract().asString())
                .contains("Sections non calculées par la méthode policy-evaluation-1");
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
        UUID any = UUID.randomUUID();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"findings\":{\"fr\":\"x\"}}")
                .put("/api/v1/policy-evaluations/" + any + "/findings").then().statusCode(403).contentType("application/problem+json");
        given().header("If-Match", "\"0\"").post("/api/v1/policy-evaluations/" + any + "/finalisation").then().statusCode(403);
        given().get("/api/v1/policy-evaluations/" + any + "/findings").then().statusCode(404);
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
        given().get("/api/v1/policy-evaluations/" + UUID.randomUUID() + ".html").then().statusCode(403);
        given().get("/api/v1/policy-evaluations/" + UUID.randomUUID() + "/findings").then().statusCode(403);
    }

    @Test
    void an_unreadable_funding_or_opinion_event_goes_to_the_dead_letter_topic() {
        String poisonKey = "poison-funding-" + UUID.randomUUID();
        kafka.send(Topics.FUNDING_EVENTS, poisonKey, "{not json at all");
        UUID dossier = UUID.randomUUID();
        String unknownOpinion = EventCodec.write(PolicyEvents.opinion(UUID.randomUUID(), dossier, 1, "FAVOURABLE", "2031-02-21T09:00:00Z"))
                .replace("\"opinion\":\"FAVOURABLE\"", "\"opinion\":\"MAYBE\"");
        kafka.send(Topics.EVALUATION_EVENTS, dossier.toString(), unknownOpinion);
        UUID avisDossier = UUID.randomUUID();
        String unknownRecommendation = EventCodec.write(PolicyEvents.avis(UUID.randomUUID(), avisDossier, 1, "FAVOURABLE",
                "2031-02-21T09:00:00Z")).replace("\"recommendation\":\"FAVOURABLE\"", "\"recommendation\":\"MAYBE\"");
        kafka.send(Topics.REGISTRY_EVENTS, avisDossier.toString(), unknownRecommendation);

        List<KafkaTestClient.Received> dead = kafka.readUntil(Topics.EVALUATION_DLQ,
                rs -> rs.stream().anyMatch(r -> poisonKey.equals(r.key())) && rs.stream().anyMatch(r -> dossier.toString().equals(r.key()))
                        && rs.stream().anyMatch(r -> avisDossier.toString().equals(r.key())),
                Duration.ofSeconds(30));
        assertThat(dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow().headers())
                .containsEntry("dead-letter-topic", Topics.FUNDING_EVENTS);
        assertThat(dead.stream().filter(r -> dossier.toString().equals(r.key())).findFirst().orElseThrow().headers())
                .containsEntry("dead-letter-topic", Topics.EVALUATION_EVENTS);
        assertThat(dead.stream().filter(r -> avisDossier.toString().equals(r.key())).findFirst().orElseThrow().headers())
                .containsEntry("dead-letter-topic", Topics.REGISTRY_EVENTS);
    }
}
