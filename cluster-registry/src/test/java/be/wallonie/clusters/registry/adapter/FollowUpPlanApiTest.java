package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery;
import be.wallonie.clusters.registry.application.port.out.FollowUpOverviewPort;
import be.wallonie.clusters.registry.application.service.FollowUpOverviewService;
import be.wallonie.clusters.registry.domain.followup.FollowUpCalendar;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Follow-up against the plan the Comité judged (issue #14): a report names every action, gain and condition of the
 * validated snapshot and the opinion; the Cellule's overview across clusters, its CSV and the overdue worklist.
 * Each test works in calendar years no other test uses, so the overview's filters isolate its clusters.
 */
@QuarkusTest
class FollowUpPlanApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    @Inject
    FollowUpOverviewPort overviewPort;
    @Inject
    FollowUpCalendar calendar;

    /** Core group: the applicant's SME; a member SME; a research centre in support. 3 actions, 2 gains. */
    static String content(String core, String member, String support) {
        return """
                {"members": [
                   {"organisationId": "%1$s", "role": "CORE_GROUP", "coOptation": {"on": "2026-01-15", "by": "Assemblée des membres"}},
                   {"organisationId": "%2$s", "role": "MEMBER"},
                   {"organisationId": "%3$s", "role": "SUPPORT"}],
                 "relations": [{"fromOrganisationId": "%2$s", "toOrganisationId": "%1$s", "kind": "CUSTOMER_SUPPLIER"}],
                 "objectives": [{"statement": "Conquérir le marché résidentiel wallon", "endorsedBy": ["%1$s", "%2$s"]}],
                 "vision": "Devenir la référence wallonne de la construction bois",
                 "expectedGains": [{"description": "Chiffre d'affaires à l'export", "indicator": "export turnover",
                                    "targetValue": 1500000, "unit": "EUR"},
                                   {"description": "Emplois créés", "indicator": "jobs", "targetValue": 20, "unit": "FTE"}],
                 "actions": [{"title": "Salon Batibouw", "type": "TARGETED", "category": "COMMERCIAL", "axis": "PROMOTION",
                              "startDate": "2027-02-01", "endDate": "2029-12-31", "participants": ["%1$s"], "budget": 10000.00},
                             {"title": "Mission export Québec", "type": "TARGETED", "category": "COMMERCIAL", "axis": "PROMOTION",
                              "startDate": "2027-02-01", "endDate": "2028-12-31", "participants": ["%1$s", "%2$s"], "budget": 30000.00},
                             {"title": "Veille technologique", "type": "GENERIC", "category": "COMMERCIAL", "axis": "PROMOTION",
                              "startDate": "2027-02-01", "endDate": "2029-12-31", "participants": []}],
                 "governance": {"admissionRules": "Admission votée par l'assemblée", "noPoachingRule": "Pas de débauchage",
                                "decisionMaking": "Majorité des deux tiers"}}""".formatted(core, member, support);
    }

    /** A validated economic cluster of {@link #content}, its opinion with two conditions, its agrément from that day. */
    String validatedCluster(String agrementStart) {
        String core = TestDossiers.applicantOrganisation();
        String id = TestDossiers.createDossier("ECONOMIC_CLUSTER");
        TestDossiers.putContent(id, content(core, TestDossiers.enterprise("Scierie du Condroz SA", "4000"),
                TestDossiers.researchCentre("Centre Bois Recherche")));
        TestDossiers.putAnimatorPost(id, core);
        given().header("If-Match", TestDossiers.etag(id)).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        UUID dossier = UUID.fromString(id);
        UUID caseId = UUID.randomUUID();
        kafka.send(Topics.EVALUATION_EVENTS, id, EventCodec.write(EventCodec.envelope(EventCatalog.EVALUATION_OPENED, "/evaluation-service",
                id, new EvaluationOpenedV1(caseId, dossier, 1, 1, OffsetDateTime.now(ZoneOffset.UTC)))));
        kafka.send(Topics.EVALUATION_EVENTS, id, EventCodec.write(EventCodec.envelope(EventCatalog.OPINION_ISSUED, "/evaluation-service",
                id, new OpinionIssuedV1(UUID.randomUUID(), caseId, dossier, 1, 1, "FAVOURABLE_WITH_CONDITIONS",
                        List.of(new OpinionIssuedV1.Finding("CRITICAL_MASS", true, new BigDecimal("3.67"), "Masse critique", null)),
                        List.of("Engager l'animateur à temps plein", "Ouvrir le cluster aux entreprises du Hainaut"), "criteria-1",
                        OffsetDateTime.now(ZoneOffset.UTC)))));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/dossiers/{id}", id).then()
                .body("status", equalTo("OPINION_RECEIVED")));
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id))
                .body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"%s\"}".formatted(agrementStart))
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200);
        return id;
    }

    static final String INDICATORS = FollowUpApiTest.indicators(1, "120");

    /** Action 1 carried out, 2 ongoing, 3 dropped; gain 1 achieved, 2 not; condition 1 met, 2 not. */
    static String plan(String member) {
        return """
                {"actions": [{"index": 3, "status": "DROPPED", "reason": "Veille reprise par la fédération", "actualBudget": 0},
                             {"index": 1, "status": "CARRIED_OUT", "actualBudget": 12500.50, "actualParticipants": ["%1$s"]},
                             {"index": 2, "status": "ONGOING", "actualBudget": 9000, "actualParticipants": ["%1$s"]}],
                 "expectedGains": [{"index": 2, "achieved": 12}, {"index": 1, "achieved": 1600000}],
                 "conditions": [{"index": 1, "met": true, "comment": "Animatrice engagée à temps plein en mars"},
                                {"index": 2, "met": false, "comment": "Deux entreprises hennuyères contactées, aucune membre"}]}"""
                .formatted(member);
    }

    static String filing(int year, String plan) {
        return "{\"year\": %d, \"indicators\": %s, \"plan\": %s}".formatted(year, INDICATORS, plan);
    }

    static String reports(String id) {
        return "/api/v1/dossiers/" + id + "/follow-up-reports";
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void a_full_report_against_the_plan_echoes_it_with_hand_worked_rates_and_the_event_carries_them_with_the_due_day() {
        String id = validatedCluster("2011-01-01");
        String member = UUID.randomUUID().toString();
        given().get(reports(id) + "/2012/plan").then().statusCode(200)
                .body("snapshotVersion", equalTo(1))
                .body("actions.index", equalTo(List.of(1, 2, 3)))
                .body("actions.title", equalTo(List.of("Salon Batibouw", "Mission export Québec", "Veille technologique")))
                .body("expectedGains[1].title", equalTo("Emplois créés"))
                .body("conditions[1].title", equalTo("Ouvrir le cluster aux entreprises du Hainaut"));
        given().get(reports(id) + "/2015/plan").then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/follow-up-plan-not-found"));

        given().contentType(ContentType.JSON).body(filing(2012, plan(member))).post(reports(id)).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("plan.actions.index", equalTo(List.of(1, 2, 3)))
                .body("plan.actions[0].title", equalTo("Salon Batibouw"))
                .body("plan.actions[0].plannedBudget", equalTo(10000.00f))
                .body("plan.actions[0].actualParticipants", equalTo(List.of(member)))
                .body("plan.actions[2].reason", equalTo("Veille reprise par la fédération"))
                .body("plan.expectedGains[0].targetValue", equalTo(1500000))
                .body("plan.conditions[1].condition", equalTo("Ouvrir le cluster aux entreprises du Hainaut"))
                .body("planExecution.actionsPlanned", equalTo(3))
                .body("planExecution.carriedOut", equalTo(1))
                .body("planExecution.ongoing", equalTo(1))
                .body("planExecution.dropped", equalTo(1))
                // 1 / 3; (1 + 1) / 3; 21 500.50 / 40 000 (action 3 has no budget: 0); 1 / 2 gains; 1 of 2 conditions
                .body("planExecution.executionRate", equalTo(0.3333f))
                .body("planExecution.executionRateWithOngoing", equalTo(0.6667f))
                .body("planExecution.budgetPlanned", equalTo(40000.00f))
                .body("planExecution.budgetSpent", equalTo(21500.50f))
                .body("planExecution.budgetSpentRate", equalTo(0.5375f))
                .body("planExecution.gainsAchievedRate", equalTo(0.5f))
                .body("planExecution.conditionsUnmet", equalTo(1));

        // the correction keeps the history: version 1 as filed, version 2 with the action carried out
        String corrected = plan(member).replace("\"index\": 2, \"status\": \"ONGOING\"", "\"index\": 2, \"status\": \"CARRIED_OUT\"");
        String correction = "{\"correctionReason\": \"Mission clôturée en décembre\", \"indicators\": %s, \"plan\": %s}"
                .formatted(INDICATORS, corrected);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(correction).put(reports(id) + "/2012").then()
                .statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(correction).put(reports(id) + "/2012").then()
                .statusCode(200).header("ETag", "\"2\"").body("planExecution.carriedOut", equalTo(2))
                .body("planExecution.executionRate", equalTo(0.6667f));
        given().get(reports(id) + "/2012").then().statusCode(200)
                .body("versions.version", equalTo(List.of(1, 2)))
                .body("versions[0].plan.actions[1].status", equalTo("ONGOING"))
                .body("versions[1].plan.actions[1].status", equalTo("CARRIED_OUT"))
                .body("versions[1].correctionReason", equalTo("Mission clôturée en décembre"));

        List<KafkaTestClient.Received> filed = kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().filter(m -> id.equals(m.key())
                && m.event().type().equals(EventCatalog.FOLLOW_UP_REPORT_FILED.name())).count() >= 2, WAIT).stream()
                .filter(m -> id.equals(m.key()) && m.event().type().equals(EventCatalog.FOLLOW_UP_REPORT_FILED.name())).toList();
        assertThat(filed).hasSize(2).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        FollowUpReportFiledV1 first = EventCodec.payload(filed.get(0).event(), EventCatalog.FOLLOW_UP_REPORT_FILED);
        FollowUpReportFiledV1 second = EventCodec.payload(filed.get(1).event(), EventCatalog.FOLLOW_UP_REPORT_FILED);
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2013, 3, 31));
        assertThat(first.planExecution()).isEqualTo(new FollowUpReportFiledV1.PlanExecution(3, 1, 1, 0, 1, new BigDecimal("40000.00"),
                new BigDecimal("21500.50"), 2, 1, 2, 1));
        assertThat(second.planExecution().carriedOut()).isEqualTo(2);
        assertThat(second.version()).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void a_report_naming_an_action_not_in_the_plan_leaving_one_out_or_dropping_one_without_reason_is_refused_and_nothing_is_filed() {
        String id = validatedCluster("2014-01-01");
        String bad = """
                {"actions": [{"index": 1, "status": "CARRIED_OUT", "actualBudget": 100},
                             {"index": 3, "status": "DROPPED", "actualBudget": 0},
                             {"index": 1, "status": "ONGOING", "actualBudget": 0},
                             {"index": 4, "status": "CARRIED_OUT", "actualBudget": 0}],
                 "expectedGains": [{"index": 1, "achieved": 1}, {"index": 2, "achieved": 1}],
                 "conditions": [{"index": 1, "met": true, "comment": "ok"}, {"index": 2, "met": true, "comment": "ok"}]}""";
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(filing(2014, bad)).post(reports(id)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("plan.actions[2].index", "plan.actions[3].index", "plan.actions[1].reason",
                        "plan.actions")))
                .body("errors.find { it.field == 'plan.actions[3].index' }.message", equalTo("4 is not a number of the judged plan"))
                .body("errors.find { it.field == 'plan.actions' }.message", equalTo("items of the judged plan not reported: 2"))
                .body("errors.find { it.field == 'plan.actions[1].reason' }.message", equalTo("a postponed or dropped action says why"));
        given().contentType(ContentType.JSON).body("{\"year\": 2014, \"indicators\": %s}".formatted(INDICATORS)).post(reports(id))
                .then().statusCode(400).body("errors.field", equalTo(List.of("plan")));
        given().get(reports(id)).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/dossiers/{id}/audit", id).then().body("action", not(hasItem("FOLLOW_UP_REPORT_FILED")));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_reads_the_overview_but_files_nothing() {
        given().contentType(ContentType.JSON).body(filing(2014, "{}")).post(reports(UUID.randomUUID().toString())).then()
                .statusCode(403);
        given().queryParam("year", 1995).get("/api/v1/follow-up-overview").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/worklists/cellule/follow-up-overdue").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void an_applicant_sees_no_overview_and_no_worklist() {
        given().get("/api/v1/follow-up-overview").then().statusCode(403);
        given().accept("text/csv").get("/api/v1/follow-up-overview").then().statusCode(403);
        given().get("/api/v1/worklists/cellule/follow-up-overdue").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void the_overview_filters_pages_and_writes_csv_and_the_worklist_lists_what_is_overdue() {
        String late = validatedCluster("2004-01-01");
        String met = validatedCluster("2004-01-01");
        String missing = validatedCluster("2004-01-01");
        String member = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(filing(2004, plan(member))).post(reports(late)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(filing(2004, plan(member).replace("\"met\": false", "\"met\": true")))
                .post(reports(met)).then().statusCode(201);

        given().header("Accept-Language", "en").queryParam("year", 2004).get("/api/v1/follow-up-overview").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(3))
                .body("items.year", equalTo(List.of(2004, 2004, 2004)))
                .body("explanations.rate", hasItem("executionRate"))
                .body("explanations.find { it.rate == 'executionRate' }.explanation",
                        equalTo("plan actions carried out (CARRIED_OUT) / actions of the judged plan"))
                .body("items.find { it.dossierId == '%s' }.standing".formatted(late), equalTo("FILED_LATE"))
                .body("items.find { it.dossierId == '%s' }.dueOn".formatted(late), equalTo("2005-03-31"))
                .body("items.find { it.dossierId == '%s' }.planExecution.conditionsUnmet".formatted(late), equalTo(1))
                .body("items.find { it.dossierId == '%s' }.standing".formatted(missing), equalTo("OVERDUE"))
                .body("items.find { it.dossierId == '%s' }.planExecution".formatted(missing), nullValue());
        given().queryParam("year", 2004).queryParam("overdueOnly", true).get("/api/v1/follow-up-overview").then()
                .body("total", equalTo(1)).body("items[0].dossierId", equalTo(missing));
        given().queryParam("year", 2004).queryParam("unmetConditionsOnly", true).get("/api/v1/follow-up-overview").then()
                .body("total", equalTo(1)).body("items[0].dossierId", equalTo(late));
        given().queryParam("year", 2004).queryParam("scheme", "TECHNOLOGY_GRAPE").get("/api/v1/follow-up-overview").then()
                .body("total", equalTo(0));
        List<String> first = given().queryParam("year", 2004).queryParam("size", 2).get("/api/v1/follow-up-overview").then()
                .body("total", equalTo(3)).body("items", hasSize(2)).extract().path("items.dossierId");
        List<String> second = given().queryParam("year", 2004).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/follow-up-overview").then().body("items", hasSize(1)).extract().path("items.dossierId");
        assertThat(first).doesNotContainAnyElementsOf(second);
        given().queryParam("size", 101).get("/api/v1/follow-up-overview").then().statusCode(400)
                .contentType("application/problem+json");
        // every later year of the three agréments (2005, 2006) is overdue for all three
        given().queryParam("year", 2006).queryParam("overdueOnly", true).get("/api/v1/follow-up-overview").then()
                .body("total", equalTo(3));

        String csv = given().accept("text/csv").queryParam("year", 2004).queryParam("unmetConditionsOnly", true)
                .get("/api/v1/follow-up-overview").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(3); // header, one row, the empty tail after the last CRLF
        assertThat(lines[0]).isEqualTo("dossier_id;cluster_name;acronym;scheme;year;agrement_id;due_on;standing;days_overdue;"
                + "current_version;first_filed_at;last_filed_at;actions_planned;carried_out;ongoing;postponed;dropped;execution_rate;"
                + "execution_rate_with_ongoing;budget_planned;budget_spent;budget_spent_rate;gains_targeted;gains_achieved;"
                + "gains_achieved_rate;conditions_total;conditions_met;conditions_unmet;currency");
        assertThat(lines[1]).startsWith(late + ";Cluster Bois-Construction;")
                .contains(";ECONOMIC_CLUSTER;2004;")
                .contains(";2005-03-31;FILED_LATE;0;1;")
                .endsWith(";3;1;1;0;1;0,3333;0,6667;40000,00;21500,50;0,5375;2;1;0,5000;2;1;1;EUR");
        assertThat(given().queryParam("year", 2004).queryParam("unmetConditionsOnly", true)
                .get("/api/v1/follow-up-overview/export.csv").then().statusCode(200).extract().asString()).isEqualTo(csv);

        LocalDate today = LocalDate.now(BRUSSELS);
        given().queryParam("year", 2004).get("/api/v1/worklists/cellule/follow-up-overdue").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].dossierId", equalTo(missing))
                .body("items[0].dueOn", equalTo("2005-03-31"))
                .body("items[0].daysOverdue", equalTo((int) ChronoUnit.DAYS.between(LocalDate.of(2005, 3, 31), today)));
        // oldest first: 2004 before 2005 and 2006 for the cluster that filed nothing
        List<Integer> years = given().queryParam("size", 100).get("/api/v1/worklists/cellule/follow-up-overdue").then()
                .extract().path("items.findAll { it.dossierId == '%s' }.year".formatted(missing));
        assertThat(years).startsWith(2004, 2005, 2006);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void a_year_is_due_on_31_march_and_overdue_from_1_april_on_a_fixed_clock() {
        String id = validatedCluster("2008-01-01");
        Caller cellule = Caller.cellule("cellule-1");
        GetFollowUpOverviewQuery.Criteria year2008 = new GetFollowUpOverviewQuery.Criteria(null, 2008, false, false, false, 0, 100);
        GetFollowUpOverviewQuery.Criteria overdue2008 = new GetFollowUpOverviewQuery.Criteria(null, 2008, true, false, false, 0, 100);
        var lastDay = new FollowUpOverviewService(overviewPort, calendar, Clock.fixed(Instant.parse("2009-03-31T20:00:00Z"), BRUSSELS));
        var firstLate = new FollowUpOverviewService(overviewPort, calendar, Clock.fixed(Instant.parse("2009-03-31T22:00:00Z"), BRUSSELS));
        var row = lastDay.overview(year2008, cellule).items().stream().filter(r -> r.dossierId().toString().equals(id)).findFirst();
        assertThat(row).hasValueSatisfying(r -> {
            assertThat(r.standing()).isEqualTo(FollowUpCalendar.Standing.DUE);
            assertThat(r.daysOverdue()).isZero();
        });
        assertThat(lastDay.overview(overdue2008, cellule).items()).noneMatch(r -> r.dossierId().toString().equals(id));
        assertThat(firstLate.overview(overdue2008, cellule).items()).anySatisfy(r -> {
            assertThat(r.dossierId()).hasToString(id);
            assertThat(r.standing()).isEqualTo(FollowUpCalendar.Standing.OVERDUE);
            assertThat(r.daysOverdue()).isEqualTo(1);
        });
        // in 2008 itself nothing of 2008 is due yet
        var during = new FollowUpOverviewService(overviewPort, calendar, Clock.fixed(Instant.parse("2008-12-31T12:00:00Z"), BRUSSELS));
        assertThat(during.overview(year2008, cellule).items()).noneMatch(r -> r.dossierId().toString().equals(id));
    }

    @Test
    void the_openapi_document_lists_the_overview_the_plan_and_the_worklist() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/follow-up-overview"))
                .body("paths", hasKey("/api/v1/follow-up-overview/export.csv"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/follow-up-reports/{year}/plan"))
                .body("paths", hasKey("/api/v1/worklists/cellule/follow-up-overdue"))
                .body("paths.'/api/v1/follow-up-overview'.get.operationId", equalTo("getFollowUpOverview"))
                .body("paths.'/api/v1/worklists/cellule/follow-up-overdue'.get.description", containsString("Roles: CELLULE"));
    }
}
