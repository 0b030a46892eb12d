package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.wallonie.clusters.localstack.ServiceProcess;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #11 end to end, on the three packaged services started once for the class: each scheme funded as the seeds fund
 * it (domain.md §5). A technology grape validated without an animateur post gets 2 × 25 000.00 € for its declared
 * beneficiary; a pole is funded from the projects the Region approved, capped at 400 000 € a labelling year; a late cost
 * declaration after the Region published a new CLUSTER_ANIMATOR version moves only that year's line, shown as a
 * correction, and re-prices nothing else.
 */
@ExtendWith(SharedServices.class)
class FundingSchemesSystemTest {

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

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The dossier's funding file as regional IT reads it. */
    static io.restassured.response.ValidatableResponse fundingFile(String dossierId) {
        return given().baseUri(funding.baseUrl()).auth().oauth2(SystemUnderTest.token("FUNDING_READER"))
                .get("/api/v1/funding-files/{id}", dossierId).then().statusCode(200);
    }

    /** Every kept version of the dossier's schedule of {@code scheme}, oldest first (none before the file exists). */
    static List<Map<String, Object>> versions(String dossierId, String scheme) {
        var response = given().baseUri(funding.baseUrl()).auth().oauth2(SystemUnderTest.token("FUNDING_READER"))
                .get("/api/v1/funding-files/{id}/schedules", dossierId);
        if (response.statusCode() == 404) {
            return List.of(); // AgrementGranted not applied yet
        }
        List<Map<String, Object>> all = response.then().statusCode(200).extract().path("$");
        return all.stream().filter(v -> scheme.equals(v.get("scheme")))
                .sorted(Comparator.comparingInt(v -> ((Number) v.get("version")).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lines(Map<String, Object> version) {
        return (List<Map<String, Object>>) version.get("lines");
    }

    @Test
    void a_grape_validated_without_an_animateur_post_gets_two_support_years_of_25000_for_its_declared_beneficiary() {
        Flows.Draft grape = Flows.draft(registry, "Grappe technologique Lasers " + run(), "TECHNOLOGY_GRAPE", "TECHNOLOGY", "photonique");
        // research-centre-led: the research centre receives the funding; no animateur post is ever declared
        Flows.declareFundedBeneficiary(registry, grape, grape.support(), "30000.00");
        Flows.submit(registry, grape);
        Flows.awaitUnderEvaluation(registry, grape.id());
        Flows.favourableOpinion(evaluation, registry, grape.id(), "photonique");
        Flows.validate(registry, grape.id(), "2025-09-01").body("agrement.end", equalTo("2028-08-31"));

        // 25 000 € per support year for 2 years, whatever the start date: 1 Sept 2025 – 31 Aug 2027 is split into
        // 2025 (122 days), 2026 (two lines, one per support year) and 2027 (243 days); the costs of 30 000 € a year exceed
        // the cap on every line, so each support year pays its cap to the cent: 2 × 25 000.00 = 50 000.00.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> fundingFile(grape.id())
                .body("agrementScheme", equalTo("TECHNOLOGY_GRAPE"))
                .body("currentSchedules", hasSize(1))
                .body("currentSchedules[0].scheme", equalTo("TECHNOLOGY_GRAPE"))
                .body("currentSchedules[0].totals.granted", equalTo("50000.00")));
        fundingFile(grape.id()).body("beneficiary.organisationId", equalTo(grape.support()))
                .body("currentSchedules[0].lines[0].from", equalTo("2025-09-01"))
                .body("currentSchedules[0].lines[-1].to", equalTo("2027-08-31"));
    }

    @Test
    void a_pole_is_funded_from_its_two_approved_projects_capped_at_400000_a_labelling_year() {
        Flows.Draft pole = Flows.draft(registry, "Pôle Biotechnologies " + run(), "COMPETITIVENESS_POLE", "MARKET", "sciences du vivant");
        Flows.declareFundedBeneficiary(registry, pole, pole.core(), null);
        Flows.submit(registry, pole);
        Flows.awaitUnderEvaluation(registry, pole.id());
        Flows.favourableOpinion(evaluation, registry, pole.id(), "sciences du vivant");
        Flows.validate(registry, pole.id(), "2026-01-01").body("agrement.end", equalTo("2028-12-31"));

        approve(pole.id(), "R_AND_D", "Plateforme de bioproduction partagée", "2026-01-01", "2026-12-31", "500000.00", "200000.00");
        approve(pole.id(), "TRAINING", "Formation de techniciens en bioproduction", "2026-07-01", "2027-06-30", "300000.00", "100000.00");

        // By hand. Agrément 2026-01-01 – 2028-12-31: the labelling years are the calendar years 2026 (365 days), 2027 (365),
        // 2028 (366). Public share = budget − private contributions, spread evenly over each project's days:
        //   R&D 2026-01-01 – 2026-12-31 (365 days): 500 000 − 200 000 = 300 000, all in 2026;
        //   training 2026-07-01 – 2027-06-30 (365 days): 300 000 − 100 000 = 200 000, of which 184/365 in 2026
        //   (100 821.92) and 181/365 in 2027 (99 178.08).
        // 2026: 300 000 + 100 821.92 = 400 821.92 > the cap 400 000 × 365/365 → 400 000.00;
        // 2027: 99 178.082… → 99 178.08 (under the cap); 2028: no project → 0.00. Total 499 178.08.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> fundingFile(pole.id())
                .body("agrementScheme", equalTo("COMPETITIVENESS_POLE"))
                .body("currentSchedules", hasSize(1))
                .body("currentSchedules[0].scheme", equalTo("COMPETITIVENESS_POLE"))
                .body("currentSchedules[0].totals.granted", equalTo("499178.08")));
        fundingFile(pole.id()).body("currentSchedules[0].lines.budgetYear", equalTo(List.of(2026, 2027, 2028)))
                .body("currentSchedules[0].lines.granted", equalTo(List.of("400000.00", "99178.08", "0.00")))
                .body("currentSchedules[0].lines[0].capApplied", equalTo("400000.00"))
                .body("beneficiary.organisationId", equalTo(pole.core()));
    }

    static void approve(String poleId, String kind, String title, String start, String end, String budget, String contributions) {
        given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION")).contentType(ContentType.JSON)
                .body("""
                        {"kind": "%s", "title": "%s", "callYear": %s, "startDate": "%s", "endDate": "%s", "budget": "%s",
                         "privateContributions": "%s"}""".formatted(kind, title, start.substring(0, 4), start, end, budget, contributions))
                .post("/api/v1/dossiers/{id}/pole-projects", poleId).then().statusCode(201);
    }

    @Test
    void a_late_cost_declaration_after_a_new_version_corrects_only_its_year_and_a_repeat_changes_nothing() {
        Flows.Draft cluster = Flows.submittedCluster(registry, "Cluster Déclaration tardive " + run());
        Flows.awaitUnderEvaluation(registry, cluster.id());
        Flows.favourableOpinion(evaluation, registry, cluster.id(), "éco-construction");
        Flows.validate(registry, cluster.id(), "2025-04-01");
        await().atMost(Duration.ofSeconds(30)).until(() -> versions(cluster.id(), "CLUSTER_ANIMATOR").size() == 1);
        Map<String, Object> first = versions(cluster.id(), "CLUSTER_ANIMATOR").get(0);
        // 2025 (275 days, agrément year 1), 2026 in two lines (years 1 and 2), 2027 in two, 2028 (to 31 March)
        assertEquals(List.of(2025, 2026, 2026, 2027, 2027, 2028), lines(first).stream().map(l -> l.get("budgetYear")).toList());
        assertEquals("120547.95", lines(first).get(0).get("granted"));

        // The Region publishes a new CLUSTER_ANIMATOR version: after today and after the scheme's latest version.
        List<String> effective = given().baseUri(funding.baseUrl()).get("/api/v1/funding-schemes/CLUSTER_ANIMATOR")
                .then().statusCode(200).extract().path("versions.effectiveFrom");
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1);
        for (String e : effective) {
            LocalDate after = LocalDate.parse(e).plusDays(1);
            from = after.isAfter(from) ? after : from;
        }
        String label = "system-test-" + run();
        given().baseUri(funding.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION")).contentType(ContentType.JSON)
                .body("""
                        {"label": "%s", "effectiveFrom": "%s",
                         "parameters": {"yearlyCap": "170000.00", "periodRates": ["1.00", "0.75", "0.50"], "periodLengthYears": 3,
                                        "maxFundedYears": 9},
                         "source": "Décision fictive du Gouvernement wallon (test système)"}""".formatted(label, from))
                .post("/api/v1/funding-schemes/CLUSTER_ANIMATOR/versions").then().statusCode(201);

        // The cluster declares, late, its animateur costs of 2025: 100 000 € instead of the post's 200 000 € a year.
        declareCosts(cluster, 2025, "100000.00", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> versions(cluster.id(), "CLUSTER_ANIMATOR").size() == 2);
        Map<String, Object> second = versions(cluster.id(), "CLUSTER_ANIMATOR").get(1);
        // 2025: min(100 000.00 × 100 %, cap 160 000 × 275/365 = 120 547.95) = 100 000.00, a difference of −20 547.95.
        assertOnlyYearMoved(first, second, 2025, label);
        Map<String, Object> moved = lines(second).get(0);
        assertEquals("100000.00", moved.get("granted"));
        Map<?, ?> correction = (Map<?, ?>) moved.get("correction");
        assertEquals("120547.95", correction.get("previousGranted"));
        assertEquals(0, new BigDecimal("-20547.95").compareTo(new BigDecimal(String.valueOf(correction.get("difference")))));

        // Redelivery of a repeated act: the same 2025 figures declared again (the registry keeps a second declaration,
        // with its reason, and publishes it) change no input of the schedule, so no version is stored. The 2026
        // declaration after it, on the same dossier's ordered events, proves the repeat was applied before: the next
        // version is the third, and moves 2026 only (shared by days: 150 000 × 90/365 = 36 986.30, then 113 013.70).
        declareCosts(cluster, 2025, "100000.00", "Déclaration confirmée à l'identique");
        declareCosts(cluster, 2026, "150000.00", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> versions(cluster.id(), "CLUSTER_ANIMATOR").size() >= 3);
        List<Map<String, Object>> all = versions(cluster.id(), "CLUSTER_ANIMATOR");
        assertEquals(3, all.size(), "the repeated declaration stored no version");
        Map<String, Object> third = all.get(2);
        assertOnlyYearMoved(second, third, 2026, label);
        assertEquals(List.of("36986.30", "113013.70"), lines(third).stream().filter(l -> Integer.valueOf(2026).equals(l.get("budgetYear")))
                .map(l -> l.get("granted")).toList());
    }

    static void declareCosts(Flows.Draft cluster, int year, String costs, String reason) {
        given().baseUri(registry.baseUrl()).auth().oauth2(cluster.applicant()).contentType(ContentType.JSON)
                .body(reason == null ? "{\"budgetYear\": %d, \"eligibleCosts\": %s}".formatted(year, costs)
                        : "{\"budgetYear\": %d, \"eligibleCosts\": %s, \"reason\": \"%s\"}".formatted(year, costs, reason))
                .post("/api/v1/dossiers/{id}/animator-costs", cluster.id()).then().statusCode(200);
    }

    /**
     * Line by line: the lines of {@code year} moved and carry a correction (previous amount, difference, reason); every
     * other line is the same as before, without correction; and no line is priced by the version published after the
     * agrément period started.
     */
    static void assertOnlyYearMoved(Map<String, Object> before, Map<String, Object> after, int year, String laterVersion) {
        List<Map<String, Object>> old = lines(before);
        List<Map<String, Object>> now = lines(after);
        assertEquals(old.size(), now.size());
        for (int i = 0; i < now.size(); i++) {
            Map<String, Object> was = old.get(i);
            Map<String, Object> is = now.get(i);
            String where = "line " + i + " (" + is.get("from") + " – " + is.get("to") + ")";
            assertEquals(was.get("from"), is.get("from"), where);
            assertEquals(was.get("to"), is.get("to"), where);
            assertNotNull(is.get("schemeVersion"), where + " names its scheme version");
            assertEquals(was.get("schemeVersion"), is.get("schemeVersion"), where + " is priced by the version governing its period");
            assertNotEquals(laterVersion, is.get("schemeVersion"), where);
            if (Integer.valueOf(year).equals(is.get("budgetYear"))) {
                assertNotEquals(was.get("granted"), is.get("granted"), where + " moved");
                Map<?, ?> correction = (Map<?, ?>) is.get("correction");
                assertNotNull(correction, where + " shows its correction");
                assertEquals(was.get("granted"), correction.get("previousGranted"), where);
                BigDecimal difference = new BigDecimal((String) is.get("granted")).subtract(new BigDecimal((String) was.get("granted")));
                assertEquals(0, difference.compareTo(new BigDecimal(String.valueOf(correction.get("difference")))), where);
                assertFalse(String.valueOf(correction.get("reason")).isBlank(), where + " says why");
            } else {
                assertEquals(was.get("granted"), is.get("granted"), where + " is unchanged");
                assertEquals(was.get("eligibleCosts"), is.get("eligibleCosts"), where + " is unchanged");
                assertNull(is.get("correction"), where + " carries no correction");
            }
        }
        assertTrue(now.stream().anyMatch(l -> Integer.valueOf(year).equals(l.get("budgetYear"))), "the schedule has lines in " + year);
    }
}
