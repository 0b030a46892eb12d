package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #14 end to end, on the three packaged services: the Cellule Clusters' own work and the follow-up loop (000 III.2).
 * A project is accompanied from its first contact, becomes a dossier, the Cellule writes its avis, the Comité's panel
 * reads it beside the automatic assessment (and the avis freezes), the opinion and the Region's decision follow, two
 * years of follow-up are filed against the judged plan, the Region pays a schedule line — and the Comité's policy
 * evaluation shows the Cellule's activity, the avis/opinion agreement, the follow-up execution and the payment.
 *
 * <p>The database and the broker are shared with the other system test classes, so the policy evaluation's aggregate
 * figures are compared with a report computed on the same period just before this flow: what moved is this flow's.
 */
@ExtendWith(SharedServices.class)
class CelluleFollowUpLoopSystemTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    static final String PERIOD = "{\"from\": \"2025-01-01\", \"to\": \"%s\"}".formatted(TODAY.plusDays(1));

    static ServiceProcess registry;
    static ServiceProcess evaluation;
    static ServiceProcess funding;

    @BeforeAll
    static void services() throws Exception {
        SharedServices.Running s = SharedServices.get();
        registry = s.registry();
        evaluation = s.evaluation();
        funding = s.funding();
    }

    static RequestSpecification as(ServiceProcess service, String role) {
        return given().baseUri(service.baseUrl()).auth().oauth2(SystemUnderTest.token(role));
    }

    /** The policy evaluation of {@link #PERIOD} as the secretariat computes it now. */
    static JsonPath policyEvaluation() {
        String location = as(evaluation, "COMITE_SECRETARIAT").contentType(ContentType.JSON).body(PERIOD)
                .post("/api/v1/policy-evaluations").then().statusCode(201).extract().header("Location");
        return as(evaluation, "COMITE_SECRETARIAT").get(location).then().statusCode(200).extract().jsonPath();
    }

    static int count(JsonPath report, String path) {
        Number n = report.get(path);
        return n == null ? 0 : n.intValue();
    }

    static BigDecimal amount(JsonPath report, String path) {
        Object v = report.get(path);
        return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
    }

    @Test
    void a_project_accompanied_to_a_cluster_followed_against_its_plan_and_paid_shows_in_the_policy_evaluation() {
        JsonPath before = policyEvaluation();

        // 1. volet sensibilisation: the Cellule meets a firm, opens a project, helps it formalise (before any dossier)
        String prospect = Flows.register(registry, "Scierie Ardennaise SA", EnterpriseNumbers.fresh(), "ENTERPRISE", "SMALL", "6600");
        LocalDate firstContact = LocalDate.of(2025, 1, 10);
        String project = as(registry, "CELLULE").contentType(ContentType.JSON)
                .body("{\"name\": \"Filière bois ardennaise\", \"organisationIds\": [\"%s\"], \"firstContactOn\": \"%s\"}"
                        .formatted(prospect, firstContact))
                .post("/api/v1/accompanied-projects").then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        String act = "{\"projectId\": \"%s\", \"kind\": \"%s\", \"date\": \"%s\", \"organisationIds\": [\"%s\"], "
                + "\"notes\": \"%s\", \"minutesSpent\": %d}";
        as(registry, "CELLULE").contentType(ContentType.JSON)
                .body(act.formatted(project, "MEETING", "2025-01-10", prospect, "Premier contact", 90))
                .post("/api/v1/accompaniment-acts").then().statusCode(201);
        as(registry, "CELLULE").contentType(ContentType.JSON)
                .body(act.formatted(project, "FORMALISATION_HELP", "2025-02-14", prospect, "Aide à la rédaction du plan d'action", 150))
                .post("/api/v1/accompaniment-acts").then().statusCode(201);

        // 2. the project becomes a dossier, submitted; the project is linked to it; a partner search on both
        Flows.Draft d = Flows.submittedCluster(registry, "Cluster Bois Ardennes");
        as(registry, "CELLULE").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(("{\"name\": \"Filière bois ardennaise\", \"organisationIds\": [\"%s\"], \"firstContactOn\": \"%s\", "
                        + "\"status\": \"BECAME_DOSSIER\", \"dossierId\": \"%s\"}").formatted(prospect, firstContact, d.id()))
                .put("/api/v1/accompanied-projects/{id}", project).then().statusCode(200).body("status", equalTo("BECAME_DOSSIER"));
        as(registry, "CELLULE").contentType(ContentType.JSON)
                .body("{\"projectId\": \"%s\", \"dossierId\": \"%s\", \"kind\": \"PARTNER_SEARCH\", \"date\": \"%s\", \"organisationIds\": [\"%s\"], \"notes\": \"Recherche de scieries partenaires\", \"minutesSpent\": 60}"
                        .formatted(project, d.id(), TODAY, d.core()))
                .post("/api/v1/accompaniment-acts").then().statusCode(201);
        Flows.awaitUnderEvaluation(registry, d.id());

        // 3. the Cellule's information note and avis on the submitted snapshot; the applicant does not read it yet
        String avis = """
                {"recommendation": "FAVOURABLE", "language": "fr",
                 "informationNote": "Trois organisations engagées, accompagnées depuis janvier 2025.",
                 "summary": "Projet porté par les entreprises, plan d'action réaliste.",
                 "criteria": [{"criterion": "BUSINESS_INITIATIVE", "assessment": "MET", "reason": "Initiative d'une PME du bois"}]}""";
        as(registry, "CELLULE").contentType(ContentType.JSON).body(avis)
                .put("/api/v1/dossiers/{id}/snapshots/1/cellule-avis", d.id()).then().statusCode(201);
        given().baseUri(registry.baseUrl()).auth().oauth2(d.applicant())
                .get("/api/v1/dossiers/{id}/snapshots/1/cellule-avis", d.id()).then().statusCode(404);

        // 4. the panel: the avis reaches the Comité; its experts read it once they signed; it is frozen from then on
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(evaluation, "COMITE_SECRETARIAT")
                .queryParam("dossierId", d.id()).get("/api/v1/evaluation-cases").then().statusCode(200)
                .body("size()", equalTo(1)));
        String caseId = as(evaluation, "COMITE_SECRETARIAT").queryParam("dossierId", d.id()).get("/api/v1/evaluation-cases")
                .then().extract().path("[0].id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(evaluation, "COMITE_SECRETARIAT")
                .get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().statusCode(200));
        Flows.Panel panel = Flows.composePanel(evaluation, d.id(), "éco-construction");
        Flows.expert(evaluation, panel.users().get(0)).get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then()
                .statusCode(403);
        Flows.signDeclarations(evaluation, panel);
        Flows.expert(evaluation, panel.users().get(0)).get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then()
                .statusCode(200).body("recommendation", equalTo("FAVOURABLE"))
                .body("summary", equalTo("Projet porté par les entreprises, plan d'action réaliste."));
        Flows.expert(evaluation, panel.users().get(0)).get("/api/v1/evaluation-cases/{id}/assessment", caseId).then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(registry, "CELLULE").contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(avis.replace("FAVOURABLE", "RESERVED"))
                .put("/api/v1/dossiers/{id}/snapshots/1/cellule-avis", d.id()).then().statusCode(409)
                .contentType("application/problem+json"));
        as(registry, "CELLULE").get("/api/v1/dossiers/{id}/snapshots/1/cellule-avis", d.id()).then().statusCode(200)
                .body("avis.version", equalTo(1)).body("comiteView", equalTo("FROZEN"));

        // 5. opinion and decision: an agrément from 1 April 2025; the applicant now reads the avis
        Flows.scoreAndIssueFavourableOpinion(evaluation, registry, d.id(), panel);
        Flows.validate(registry, d.id(), "2025-04-01").body("agrement.end", equalTo("2028-03-31"));
        given().baseUri(registry.baseUrl()).auth().oauth2(d.applicant())
                .get("/api/v1/dossiers/{id}/snapshots/1/cellule-avis", d.id()).then().statusCode(200)
                .body("avis.recommendation", equalTo("FAVOURABLE"));

        // 6. two years of follow-up against the judged plan (one action "Salon commun", budget 15 000; one gain, target
        //    1 000 000 €; no condition: a favourable opinion). 2025 is filed after its due day (31 March 2026).
        as(registry, "CELLULE").get("/api/v1/dossiers/{id}/follow-up-reports/2025/plan", d.id()).then().statusCode(200)
                .body("actions[0].title", equalTo("Salon commun"));
        String indicators = """
                {"jointProjectsStarted": 2, "jointProjectsCompleted": 1, "genericActions": 4, "targetedActions": 1,
                 "innovations": 1, "patentsFiled": 0, "companiesCreated": 0, "internationalisationActions": 1,
                 "jobs": 42.5, "turnover": 12500000.00, "exports": 2500000.00, "trainingDays": 30}""";
        String report = """
                {"year": %d, "indicators": %s, "plan": {
                   "actions": [{"index": 1, "status": "%s", "actualBudget": %s, "actualParticipants": ["%s", "%s"]%s}],
                   "expectedGains": [{"index": 1, "achieved": %s}], "conditions": []}}""";
        given().baseUri(registry.baseUrl()).auth().oauth2(d.applicant()).contentType(ContentType.JSON)
                .body(report.formatted(2025, indicators, "CARRIED_OUT", "15000.00", d.core(), d.member(), "", "1200000"))
                .post("/api/v1/dossiers/{id}/follow-up-reports", d.id()).then().statusCode(201)
                .body("planExecution.executionRate", equalTo(1.0f)).body("planExecution.gainsAchievedRate", equalTo(1.0f));
        given().baseUri(registry.baseUrl()).auth().oauth2(d.applicant()).contentType(ContentType.JSON)
                .body(report.formatted(2026, indicators, "POSTPONED", "15000.00", d.core(), d.member(),
                        ", \"reason\": \"Salon 2026 annulé par l'organisateur\"", "800000"))
                .post("/api/v1/dossiers/{id}/follow-up-reports", d.id()).then().statusCode(201)
                .body("planExecution.executionRate", equalTo(0.0f)).body("planExecution.gainsAchievedRate", equalTo(0.0f));
        as(registry, "CELLULE").queryParam("year", 2025).get("/api/v1/follow-up-overview").then().statusCode(200)
                .body("items.find { it.dossierId == '" + d.id() + "' }.standing", equalTo("FILED_LATE"));

        // 7. the Region pays 10 000.00 € on the 2025 line of the schedule the funding service computed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(funding, "FUNDING_READER")
                .get("/api/v1/funding-files/{id}", d.id()).then().statusCode(200)
                .body("currentSchedules[0].lines.find { it.lineKey == '1/1/2025' }.granted", not(equalTo(null))));
        as(funding, "REGION").contentType(ContentType.JSON)
                .body("{\"lineKey\": \"1/1/2025\", \"amount\": \"10000.00\", \"paidOn\": \"%s\", \"reference\": \"SPW-%s\"}"
                        .formatted(TODAY, d.id()))
                .post("/api/v1/funding-files/{id}/payments", d.id()).then().statusCode(201);

        // 8. the Comité's policy evaluation of the same period: what this flow moved
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath after = policyEvaluation();
            assertEquals(3, count(after, "celluleActivity.acts") - count(before, "celluleActivity.acts"), "three acts");
            assertEquals(0, new BigDecimal("5.0").compareTo(amount(after, "celluleActivity.hours")
                    .subtract(amount(before, "celluleActivity.hours"))), "90 + 150 + 60 minutes = 5.0 hours");
            assertEquals(1, count(after, "celluleActivity.projectsBecameDossiers") - count(before, "celluleActivity.projectsBecameDossiers"));
            assertEquals(1, count(after, "celluleActivity.contactToSubmissionMeasured")
                    - count(before, "celluleActivity.contactToSubmissionMeasured"), "first contact → first submission measured");
            assertEquals(1, count(after, "celluleActivity.avisAgreement.opinionsWithAvis")
                    - count(before, "celluleActivity.avisAgreement.opinionsWithAvis"));
            assertEquals(1, count(after, "celluleActivity.avisAgreement.agreeing")
                    - count(before, "celluleActivity.avisAgreement.agreeing"), "FAVOURABLE avis ↔ FAVOURABLE opinion");
            assertEquals(1, count(after, "followUpExecution.byYear.find { it.year == 2025 }.withPlanData")
                    - count(before, "followUpExecution.byYear.find { it.year == 2025 }.withPlanData"));
            assertEquals(1, count(after, "followUpExecution.byYear.find { it.year == 2025 }.carriedOut")
                    - count(before, "followUpExecution.byYear.find { it.year == 2025 }.carriedOut"));
            assertEquals(1, count(after, "followUpExecution.byYear.find { it.year == 2026 }.postponed")
                    - count(before, "followUpExecution.byYear.find { it.year == 2026 }.postponed"));
            assertEquals(1, count(after, "followUpExecution.overdue.filedLate") - count(before, "followUpExecution.overdue.filedLate"),
                    "2025's report filed after 31 March 2026");
            assertEquals(0, new BigDecimal("10000.00").compareTo(amount(after, "amountsPaid.total")
                    .subtract(amount(before, "amountsPaid.total"))), "the payment");
            assertEquals(0, new BigDecimal("10000.00").compareTo(amount(after, "amountsPaid.byBudgetYear.find { it.budgetYear == 2025 }.paid")
                    .subtract(amount(before, "amountsPaid.byBudgetYear.find { it.budgetYear == 2025 }.paid"))));
        });

        // the printable page the Region reads
        String location = as(evaluation, "COMITE_SECRETARIAT").contentType(ContentType.JSON).body(PERIOD)
                .post("/api/v1/policy-evaluations").then().statusCode(201).extract().header("Location");
        as(evaluation, "REGION").accept("text/html").header("Accept-Language", "fr").get(location).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Cellule"));
    }
}
