package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/v1/simulations: the calculator behind REST, with the scheme versions stored in PostgreSQL. */
@QuarkusTest
class SimulationApiTest {

    static final String PATH = "/api/v1/simulations";

    /** The README's worked example: agrément from 1 April 2025, 200 000 € eligible costs a year. */
    static final String ANIMATOR_2025 = """
            {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "agrementPeriods": 3,
             "eligibleCosts": {"yearly": "200000.00"}, "computedOn": "2025-03-15"}""";

    /** Brief C's pole: agrément 2026-01-01 – 2028-12-31, two projects. */
    static final String POLE_TWO_PROJECTS = """
            {"scheme": "COMPETITIVENESS_POLE", "startDate": "2026-01-01", "endDate": "2028-12-31", "computedOn": "2025-11-15",
             "projects": [
               {"kind": "R_AND_D", "title": "Capteurs", "startDate": "2026-01-01", "endDate": "2027-12-31",
                "budget": "600000.00", "privateContributions": "200000.00"},
               {"kind": "TRAINING", "title": "Formation", "startDate": "2026-07-01", "endDate": "2026-12-31", "budget": 100000}]}""";

    static JsonPath simulate(String body) {
        return given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    /** Every money field of the answer is a string with exactly two decimals; totals are the sums of the lines. */
    static void assertTotalsAreSumsOfLines(JsonPath json, String... amounts) {
        for (String amount : amounts) {
            List<String> values = json.getList("lines." + amount);
            assertThat(values).allMatch(v -> v.matches("\\d+\\.\\d{2}"));
            BigDecimal sum = values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(json.getString("totals." + amount)).isEqualTo(sum.toPlainString());
        }
    }

    /**
     * The README's worked example under the rules of issue #11: a line per calendar year within each agrément year (1 April –
     * 31 March), each agrément year capped at 160 000 € × the period's rate, split into its budget years by days.
     */
    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void the_april_2025_agrement_with_200_000_a_year_pays_each_agrement_year_its_cap_480_000_per_period_at_100_percent() {
        JsonPath json = simulate(ANIMATOR_2025);

        assertThat(json.getString("currency")).isEqualTo("EUR");
        assertThat(json.getString("scheme")).isEqualTo("CLUSTER_ANIMATOR");
        assertThat(json.getString("schemeVersion.label")).isEqualTo("defaults-1");
        assertThat(json.getString("schemeVersion.effectiveFrom")).isEqualTo("2000-01-01");
        assertThat(json.getList("schemeVersion.parameters.periodRates")).containsExactly("1.00", "0.75", "0.50");
        assertThat(json.getString("computedOn")).isEqualTo("2025-03-15");
        // inputs echoed
        assertThat(json.getInt("inputs.agrementPeriods")).isEqualTo(3);
        assertThat(json.getString("inputs.startDate")).isEqualTo("2025-04-01");
        assertThat(json.getString("inputs.endDate")).isEqualTo("2034-03-31");
        assertThat(json.getList("inputs.periods.from")).containsExactly("2025-04-01", "2028-04-01", "2031-04-01");
        assertThat(json.getList("inputs.periods.to")).containsExactly("2028-03-31", "2031-03-31", "2034-03-31");
        assertThat(json.getString("inputs.eligibleCosts.yearly")).isEqualTo("200000.00");
        assertThat(json.getString("inputs.projects")).isNull();

        List<Map<String, Object>> lines = json.getList("lines");
        // nine agrément years, each split at 1 January: 18 lines
        assertThat(lines).hasSize(18);
        assertThat(lines).allSatisfy(line -> assertThat(line).containsEntry("schemeVersion", "defaults-1")
                .doesNotContainKey("correction").doesNotContainKey("privateContributions"));
        // 2025, agrément year 1 (2025-04-01 – 2026-03-31, 365 days): eligible 200 000 × 275/365 = 150 684.93;
        // cap 160 000 × 100 % × 275/365 = 120 547.945… → 120 547.95, reached; left 150 684.93 − 120 547.95 = 30 136.98
        Map<String, Object> first = lines.get(0);
        assertThat(first).containsEntry("budgetYear", 2025).containsEntry("period", 1).containsEntry("agrementYear", 1)
                .containsEntry("from", "2025-04-01").containsEntry("to", "2025-12-31")
                .containsEntry("daysCovered", 275).containsEntry("daysInYear", 365)
                .containsEntry("eligibleCosts", "150684.93").containsEntry("rate", "1.00")
                .containsEntry("capApplied", "120547.95").containsEntry("granted", "120547.95")
                .containsEntry("leftToCluster", "30136.98").containsEntry("selfFinanced", false);
        assertThat(json.getString("lines[0].explanation.fr")).startsWith("2025, période d'agrément 1 (année 1), du 01/04/2025 au 31/12/2025")
                .contains("octroi 120 547,95 €").contains("Version de la politique : defaults-1.");
        assertThat(json.getString("lines[0].explanation.en")).startsWith("2025, agrément period 1 (year 1), 2025-04-01 to 2025-12-31")
                .contains("granted €120,547.95").contains("Policy version: defaults-1.");
        // 2026 Q1 closes agrément year 1: 160 000 − 120 547.95 = 39 452.05 (= 160 000 × 90/365 = 39 452.054…);
        // eligible 200 000 × 90/365 = 49 315.07
        assertThat(lines.get(1)).containsEntry("budgetYear", 2026).containsEntry("agrementYear", 1).containsEntry("from", "2026-01-01")
                .containsEntry("to", "2026-03-31").containsEntry("daysCovered", 90).containsEntry("eligibleCosts", "49315.07")
                .containsEntry("capApplied", "39452.05").containsEntry("granted", "39452.05").containsEntry("leftToCluster", "9863.02");
        assertThat(lines.get(2)).containsEntry("budgetYear", 2026).containsEntry("agrementYear", 2).containsEntry("from", "2026-04-01")
                .containsEntry("granted", "120547.95");
        // agrément year 3 (2027-04-01 – 2028-03-31) has 366 days (29 February 2028): 160 000 × 275/366 = 120 218.579… →
        // 120 218.58, then 160 000 − 120 218.58 = 39 781.42 (= 160 000 × 91/366)
        assertThat(lines.get(4)).containsEntry("budgetYear", 2027).containsEntry("agrementYear", 3)
                .containsEntry("capApplied", "120218.58").containsEntry("granted", "120218.58");
        assertThat(lines.get(5)).containsEntry("budgetYear", 2028).containsEntry("period", 1).containsEntry("agrementYear", 3)
                .containsEntry("daysCovered", 91).containsEntry("daysInYear", 366).containsEntry("granted", "39781.42");
        // period 2 at 75 %: agrément year 4 (2028-04-01 – 2029-03-31, 365 days) capped at 120 000:
        // 120 000 × 275/365 = 90 410.958… → 90 410.96; eligible 200 000 × 275/366 = 150 273.22
        assertThat(lines.get(6)).containsEntry("budgetYear", 2028).containsEntry("period", 2).containsEntry("agrementYear", 4)
                .containsEntry("rate", "0.75").containsEntry("eligibleCosts", "150273.22").containsEntry("capApplied", "90410.96")
                .containsEntry("granted", "90410.96").containsEntry("leftToCluster", "59862.26");
        // 120 000 − 90 410.96 = 29 589.04
        assertThat(lines.get(7)).containsEntry("budgetYear", 2029).containsEntry("agrementYear", 4).containsEntry("granted", "29589.04");
        // period 3 at 50 %: agrément year 7 (2031-04-01 – 2032-03-31, 366 days) capped at 80 000:
        // 80 000 × 275/366 = 60 109.289… → 60 109.29, then 80 000 − 60 109.29 = 19 890.71
        assertThat(lines.get(12)).containsEntry("budgetYear", 2031).containsEntry("period", 3).containsEntry("rate", "0.50")
                .containsEntry("granted", "60109.29");
        assertThat(lines.get(13)).containsEntry("budgetYear", 2032).containsEntry("agrementYear", 7).containsEntry("granted", "19890.71");
        assertThat(lines.get(17)).containsEntry("budgetYear", 2034).containsEntry("to", "2034-03-31")
                .containsEntry("agrementYear", 9).containsEntry("granted", "19726.03");

        // nine capped agrément years: 3 × 160 000 + 3 × 120 000 + 3 × 80 000 = 1 080 000.00 exactly, leap years or not;
        // eligible 9 × 200 000 = 1 800 000.00 (each calendar year 2026–2033 whole, 2025 + 2034 = 275/365 + 90/365)
        assertThat(json.getString("totals.eligibleCosts")).isEqualTo("1800000.00");
        assertThat(json.getString("totals.granted")).isEqualTo("1080000.00");
        assertThat(json.getString("totals.leftToCluster")).isEqualTo("720000.00");
        assertThat(json.getString("totals.privateContributions")).isNull();
        assertTotalsAreSumsOfLines(json, "eligibleCosts", "granted", "leftToCluster");
        // each agrément year of period 1 pays exactly 160 000.00
        for (int year = 1; year <= 3; year++) {
            int agrementYear = year;
            assertThat(lines.stream().filter(l -> l.get("agrementYear").equals(agrementYear)).map(l -> new BigDecimal((String) l.get("granted")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("160000.00");
        }
    }

    /** computedOn is recorded; it does not choose the version (each period is priced by the version in force on its first day). */
    @Test
    @TestSecurity(user = "region-it", roles = "FUNDING_READER")
    void by_default_every_co_funded_period_and_today_and_the_date_does_not_change_the_figures() {
        JsonPath json = simulate("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "eligibleCosts": {"yearly": 200000}}""");
        assertThat(json.getInt("inputs.agrementPeriods")).isEqualTo(3);
        assertThat(json.getString("computedOn")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Brussels")).toString());
        assertThat(json.getString("lines[0].granted")).isEqualTo("120547.95");
        assertThat(json.getList("lines")).hasSize(18);
        assertThat(json.getList("lines")).isEqualTo(simulate(ANIMATOR_2025).getList("lines"));
        assertThat(json.getString("totals.granted")).isEqualTo("1080000.00");
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void declared_costs_replace_the_default_for_their_year() {
        JsonPath json = simulate("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "agrementPeriods": 1, "computedOn": "2025-03-15",
                 "eligibleCosts": {"yearly": "200000.00", "declared": {"2025": "100000.00", "2026": 185000}}}""");
        assertThat(json.getString("inputs.eligibleCosts.declared.2026")).isEqualTo("185000.00");
        // 2025: 100 000 declared × 100 % is below the 120 547.95 cap (160 000 × 275/365)
        assertThat(json.getString("lines[0].eligibleCosts")).isEqualTo("100000.00");
        assertThat(json.getString("lines[0].granted")).isEqualTo("100000.00");
        assertThat(json.getString("lines[0].explanation.en")).contains("declared for 2025").contains("below the cap");
        // 2026's 185 000 is shared by days between its two lines: 185 000 × 90/365 = 45 616.438… → 45 616.44 (agrément
        // year 1), 185 000 − 45 616.44 = 139 383.56 (agrément year 2). Caps 39 452.05 and 120 547.95 are reached:
        // left 45 616.44 − 39 452.05 = 6 164.39 and 139 383.56 − 120 547.95 = 18 835.61; 2026 grants 160 000.00 in all
        assertThat(json.getString("lines[1].eligibleCosts")).isEqualTo("45616.44");
        assertThat(json.getString("lines[1].granted")).isEqualTo("39452.05");
        assertThat(json.getString("lines[1].leftToCluster")).isEqualTo("6164.39");
        assertThat(json.getString("lines[2].eligibleCosts")).isEqualTo("139383.56");
        assertThat(json.getString("lines[2].granted")).isEqualTo("120547.95");
        assertThat(json.getString("lines[2].leftToCluster")).isEqualTo("18835.61");
        // period 1 only: 100 000 + 39 452.05 + 120 547.95 + 39 452.05 + 120 218.58 + 39 781.42 = 459 452.05
        assertThat(json.getString("totals.granted")).isEqualTo("459452.05");
        assertTotalsAreSumsOfLines(json, "eligibleCosts", "granted", "leftToCluster");
    }

    /**
     * TimeLimitedScheduleTest's case: asked from 1 September 2025 to 31 December 2026, the support stops on 31 August 2026.
     * Support year 2025-09-01 – 2026-08-31 (365 days) capped at 50 000: 50 000 × 122/365 = 16 712.328… → 16 712.33, then
     * 50 000 − 16 712.33 = 33 287.67 (the costs at 50 % — 20 054.79 and 39 945.21 — exceed both).
     */
    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void a_preparation_stops_after_12_months() {
        JsonPath json = simulate("""
                {"scheme": "CLUSTER_PREPARATION", "startDate": "2025-09-01", "endDate": "2026-12-31",
                 "eligibleCosts": {"yearly": "120000.00"}, "computedOn": "2025-08-20"}""");
        assertThat(json.getList("lines")).hasSize(2);
        assertThat(json.getString("inputs.endDate")).isEqualTo("2026-12-31");
        assertThat(json.getString("lines[0].granted")).isEqualTo("16712.33");
        assertThat(json.getString("lines[0].rate")).isEqualTo("0.50");
        assertThat(json.getString("lines[1].to")).isEqualTo("2026-08-31");
        assertThat(json.getString("lines[1].granted")).isEqualTo("33287.67");
        assertThat(json.getString("lines[1].explanation.fr")).contains("Soutien limité à 12 mois : il s'arrête le 31/08/2026");
        assertThat(json.getString("totals.granted")).isEqualTo("50000.00");
        assertTotalsAreSumsOfLines(json, "eligibleCosts", "granted", "leftToCluster");

        // without an end date, the window is the scheme's time limit
        JsonPath byDefault = simulate("""
                {"scheme": "CLUSTER_PREPARATION", "startDate": "2025-09-01", "eligibleCosts": {"yearly": "120000.00"},
                 "computedOn": "2025-08-20"}""");
        assertThat(byDefault.getString("inputs.endDate")).isEqualTo("2026-08-31");
        assertThat(byDefault.getString("totals.granted")).isEqualTo("50000.00");
    }

    /** 25 000 € per support year (calendar years here), so 2 × 25 000 = 50 000.00 for two years; left 2 × 15 000. */
    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void a_technology_grape_gets_25_000_a_year_for_two_years() {
        JsonPath json = simulate("""
                {"scheme": "TECHNOLOGY_GRAPE", "startDate": "2026-01-01", "eligibleCosts": {"yearly": "40000"},
                 "computedOn": "2025-12-01"}""");
        assertThat(json.getList("lines.granted")).containsExactly("25000.00", "25000.00");
        assertThat(json.getString("inputs.endDate")).isEqualTo("2027-12-31");
        assertThat(json.getString("totals.leftToCluster")).isEqualTo("30000.00");

        // from 1 March 2028: support years 2028-03-01 – 2029-02-28 and 2029-03-01 – 2030-02-28 (365 days each), each split
        // at 1 January: 25 000 × 306/365 = 20 958.904… → 20 958.90, then 25 000 − 20 958.90 = 4 041.10; 50 000.00 in all
        JsonPath march = simulate("""
                {"scheme": "TECHNOLOGY_GRAPE", "startDate": "2028-03-01", "eligibleCosts": {"yearly": "40000"}}""");
        assertThat(march.getString("inputs.endDate")).isEqualTo("2030-02-28");
        assertThat(march.getList("lines.granted")).containsExactly("20958.90", "4041.10", "20958.90", "4041.10");
        assertThat(march.getString("totals.granted")).isEqualTo("50000.00");
    }

    /**
     * A pole labelled 2026-01-01 – 2028-12-31 (its labelling years are the calendar years) with two projects:
     * A, R_AND_D 2026-01-01 – 2027-12-31 (730 days), budget 600 000, private 200 000: 300 000 and 100 000 a year;
     * B, TRAINING 2026-07-01 – 2026-12-31 (184 days), budget 100 000, private 0: all in 2026.
     * 2026: budget 300 000 + 100 000 = 400 000, private 100 000 → 300 000, under the 400 000 cap.
     * 2027: 300 000 − 100 000 = 200 000. 2028: no project, 0.00. Total 500 000.00, private 200 000.00.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_pole_gets_its_projects_budgets_less_private_contributions_up_to_400_000_a_year() {
        JsonPath json = simulate(POLE_TWO_PROJECTS);
        assertThat(json.getList("inputs.projects.kind")).containsExactly("R_AND_D", "TRAINING");
        assertThat(json.getList("inputs.projects.budget")).containsExactly("600000.00", "100000.00");
        // B's private contributions default to 0
        assertThat(json.getList("inputs.projects.privateContributions")).containsExactly("200000.00", "0.00");
        assertThat(json.getString("inputs.eligibleCosts")).isNull();
        assertThat(json.getString("inputs.agrementPeriods")).isNull();
        assertThat(json.getString("computedOn")).isEqualTo("2025-11-15");
        List<Map<String, Object>> lines = json.getList("lines");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).containsEntry("budgetYear", 2026).containsEntry("from", "2026-01-01").containsEntry("to", "2026-12-31")
                .containsEntry("eligibleCosts", "400000.00").containsEntry("privateContributions", "100000.00")
                .containsEntry("capApplied", "400000.00").containsEntry("granted", "300000.00")
                .containsEntry("leftToCluster", "100000.00").containsEntry("rate", "1.00").containsEntry("schemeVersion", "defaults-1");
        assertThat(lines.get(1)).containsEntry("budgetYear", 2027).containsEntry("eligibleCosts", "300000.00")
                .containsEntry("privateContributions", "100000.00").containsEntry("granted", "200000.00")
                .containsEntry("leftToCluster", "100000.00");
        // 2028 is a leap year: 366/366 days, the whole 400 000 cap, nothing to fund
        assertThat(lines.get(2)).containsEntry("budgetYear", 2028).containsEntry("daysInYear", 366)
                .containsEntry("eligibleCosts", "0.00").containsEntry("capApplied", "400000.00").containsEntry("granted", "0.00");
        assertThat(json.getString("lines[0].explanation.fr")).contains("budget des projets approuvés 400 000,00 €").contains("budget net");
        assertThat(json.getString("totals.privateContributions")).isEqualTo("200000.00");
        assertThat(json.getString("totals.eligibleCosts")).isEqualTo("700000.00");
        assertThat(json.getString("totals.granted")).isEqualTo("500000.00");
        assertTotalsAreSumsOfLines(json, "eligibleCosts", "granted", "leftToCluster", "privateContributions");
    }

    /**
     * A project worth more than the cap: 2026-01-01 – 2026-12-31, budget 1 000 000, private 100 000 → 900 000 wanted,
     * capped at 400 000 for the labelling year 2026; 2027 funds nothing. Left to the pole: 1 000 000 − 400 000 = 600 000.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_pole_year_pays_at_most_its_cap() {
        JsonPath json = simulate("""
                {"scheme": "COMPETITIVENESS_POLE", "startDate": "2026-01-01", "endDate": "2027-12-31", "computedOn": "2025-11-15",
                 "projects": [{"kind": "INVESTMENT", "startDate": "2026-01-01", "endDate": "2026-12-31",
                               "budget": 1000000, "privateContributions": "100000.00"}]}""");
        assertThat(json.getString("lines[0].granted")).isEqualTo("400000.00");
        assertThat(json.getString("lines[0].leftToCluster")).isEqualTo("600000.00");
        assertThat(json.getString("lines[0].explanation.en")).contains("cap reached");
        assertThat(json.getString("lines[1].granted")).isEqualTo("0.00");
        assertThat(json.getString("totals.granted")).isEqualTo("400000.00");
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void every_invalid_project_is_named_by_its_path_in_english_when_asked() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("""
                {"scheme": "COMPETITIVENESS_POLE", "startDate": "2026-01-01", "endDate": "2028-12-31",
                 "projects": [{"kind": "LOBBYING", "startDate": "2026-01-01", "endDate": "2026-12-31", "budget": "10"},
                              {"kind": "R_AND_D", "startDate": "2026-07-01", "endDate": "2026-06-30", "budget": "100.00",
                               "privateContributions": "100.01"},
                              {"kind": "TRAINING", "startDate": "2026-01-01", "endDate": "2026-12-31"}]}""")
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("projects[0].kind", "projects[1].endDate", "projects[1].privateContributions",
                        "projects[2].budget")))
                .body("errors.find { it.field == 'projects[0].kind' }.message", startsWith("unknown project kind; allowed values: [R_AND_D"))
                .body("errors.find { it.field == 'projects[1].privateContributions' }.message",
                        equalTo("must not exceed the project's budget (100.00)"))
                .body("errors.find { it.field == 'projects[2].budget' }.message", equalTo("required"));
        // the old pole inputs are gone: without projects a pole is refused
        given().contentType(ContentType.JSON).body("""
                {"scheme": "COMPETITIVENESS_POLE", "startDate": "2026-01-01", "endDate": "2028-12-31",
                 "eligibleCosts": {"yearly": "600000.00"}}""")
                .post(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("eligibleCosts", "projects")))
                .body("errors.find { it.field == 'projects' }.message", equalTo("obligatoire"));
    }

    // --- validation -------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void invalid_inputs_are_a_400_problem_naming_every_field() {
        given().contentType(ContentType.JSON).body("""
                {"scheme": "CLUSTER_ANIMATOR", "agrementPeriods": 3, "eligibleCosts": {"yearly": "-1.00",
                 "declared": {"2026": "10.001"}}}""")
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "fr")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("title", equalTo("La requête contient des données invalides"))
                .body("errors.field", hasItems("startDate", "eligibleCosts.yearly", "eligibleCosts.declared.2026"))
                .body("errors.find { it.field == 'eligibleCosts.yearly' }.message", equalTo("ne peut pas être négatif"))
                .body("errors.find { it.field == 'startDate' }.message", equalTo("obligatoire"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void an_unknown_scheme_is_named_in_english_when_asked() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("""
                {"scheme": "CLUSTER_ANIMATEUR", "startDate": "2025-04-01", "eligibleCosts": {"yearly": "1"}}""")
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("The request contains invalid data"))
                .body("detail", equalTo("Invalid fields: scheme"))
                .body("errors[0].field", equalTo("scheme"))
                .body("errors[0].message", startsWith("unknown scheme; allowed values: [CLUSTER_ANIMATOR"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void no_more_agrement_periods_than_the_version_co_funds() {
        given().contentType(ContentType.JSON).body("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "agrementPeriods": 4,
                 "eligibleCosts": {"yearly": "200000"}, "computedOn": "2025-03-15"}""")
                .post(PATH).then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("agrementPeriods"))
                .body("errors[0].message", equalTo("au plus 3 périodes d'agrément cofinancées (version defaults-1)"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void fields_of_another_scheme_and_dates_without_a_version_are_refused() {
        given().contentType(ContentType.JSON).body("""
                {"scheme": "TECHNOLOGY_GRAPE", "startDate": "2025-04-01", "agrementPeriods": 2,
                 "eligibleCosts": {"yearly": "1"}, "projects": []}""")
                .post(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("agrementPeriods", "projects")));
        given().contentType(ContentType.JSON).body("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "eligibleCosts": {"yearly": "1"},
                 "computedOn": "1999-12-31"}""")
                .post(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("computedOn")));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void unreadable_values_and_a_missing_body_are_problems_too() {
        given().contentType(ContentType.JSON).body("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "1 avril 2025", "eligibleCosts": {"yearly": "1"}}""")
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("startDate"));
        given().contentType(ContentType.JSON).post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"));
    }

    // --- security ---------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "expert-1", roles = "EXPERT")
    void experts_do_not_simulate() {
        given().contentType(ContentType.JSON).body(ANIMATOR_2025).post(PATH).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void simulating_needs_a_token() {
        given().contentType(ContentType.JSON).body(ANIMATOR_2025).post(PATH).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void the_openapi_document_describes_the_simulation_with_its_example_roles_and_problems() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String post = "paths.'/api/v1/simulations'.post";
        assertThat(openapi.getString(post + ".summary")).isEqualTo("Simulate a co-funding schedule");
        assertThat(openapi.getString(post + ".description")).contains("APPLICANT, CELLULE, REGION, FUNDING_READER");
        assertThat(openapi.getString(post + ".requestBody.content.'application/json'.examples.'animator-2025-04-01'.value"))
                .contains("2025-04-01").contains("200000.00");
        assertThat(openapi.getString(post + ".responses.'400'.content.'application/problem+json'.schema.'$ref'"))
                .endsWith("/Problem");
        assertThat(openapi.getString(post + ".responses.'403'.content.'application/problem+json'.schema.'$ref'"))
                .endsWith("/Problem");
        assertThat(openapi.getMap("paths")).containsKeys("/api/v1/funding-schemes", "/api/v1/funding-schemes/{scheme}",
                "/api/v1/funding-schemes/{scheme}/versions", "/api/v1/funding-files/{dossierId}",
                "/api/v1/funding-files/{dossierId}/schedules", "/api/v1/schedule-feed", "/api/v1/commitments",
                "/api/v1/exports/schedules", "/api/v1/exports/360giving");
        assertThat(openapi.getString("paths.'/api/v1/exports/schedules'.get.description")).contains("FUNDING_READER, REGION")
                .contains("`granted`");
        assertThat(openapi.getString("paths.'/api/v1/funding-schemes/{scheme}/versions'.post.description")).contains("Role: REGION");
        assertThat(openapi.getString("paths.'/api/v1/funding-schemes'.get.security")).isNull();
        // lines name their version and may carry a correction; a pole is simulated from its projects
        assertThat(openapi.getMap("components.schemas.ScheduleLine.properties")).containsKeys("schemeVersion", "correction");
        assertThat(openapi.getMap("components.schemas.LineCorrection.properties"))
                .containsOnlyKeys("previousGranted", "difference", "reason");
        assertThat(openapi.getMap("components.schemas.SimulationRequest.properties")).containsKey("projects")
                .doesNotContainKeys("declaredBudget", "privateContributions");
        assertThat(openapi.getString(post + ".requestBody.content.'application/json'.examples.pole.value"))
                .contains("projects").contains("R_AND_D");
        assertThat(openapi.getString("paths.'/api/v1/exports/schedules'.get.description")).contains("`line_policy_version`")
                .contains("`correction_reason`");
    }
}
