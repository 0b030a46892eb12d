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

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void the_april_2025_agrement_with_200_000_a_year_gives_120_547_95_then_160_000_then_degressive_rates() {
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

        List<Map<String, Object>> lines = json.getList("lines");
        assertThat(lines).hasSize(12);
        // 2025: 275/365 days; eligible 150 684.93; cap 160 000 × 100 % × 275/365 = 120 547.95, reached
        Map<String, Object> first = lines.get(0);
        assertThat(first).containsEntry("budgetYear", 2025).containsEntry("period", 1).containsEntry("agrementYear", 1)
                .containsEntry("from", "2025-04-01").containsEntry("to", "2025-12-31")
                .containsEntry("daysCovered", 275).containsEntry("daysInYear", 365)
                .containsEntry("eligibleCosts", "150684.93").containsEntry("rate", "1.00")
                .containsEntry("capApplied", "120547.95").containsEntry("granted", "120547.95")
                .containsEntry("leftToCluster", "30136.98").containsEntry("selfFinanced", false)
                .doesNotContainKey("privateContributions");
        assertThat(json.getString("lines[0].explanation.fr")).startsWith("2025, période d'agrément 1 (année 1), du 01/04/2025 au 31/12/2025")
                .contains("octroi 120 547,95 €");
        assertThat(json.getString("lines[0].explanation.en")).startsWith("2025, agrément period 1 (year 1), 2025-04-01 to 2025-12-31")
                .contains("granted €120,547.95");
        // 2026: a full year at 100 %: the 160 000 € cap
        assertThat(lines.get(1)).containsEntry("budgetYear", 2026).containsEntry("granted", "160000.00")
                .containsEntry("leftToCluster", "40000.00");
        // 2028 splits at the renewal: period 1 (91/366 days at 100 %) then period 2 (275/366 at 75 %)
        assertThat(lines.get(3)).containsEntry("budgetYear", 2028).containsEntry("period", 1).containsEntry("daysInYear", 366)
                .containsEntry("granted", "39781.42");
        assertThat(lines.get(4)).containsEntry("budgetYear", 2028).containsEntry("period", 2).containsEntry("rate", "0.75")
                .containsEntry("capApplied", "90163.93").containsEntry("granted", "90163.93");
        assertThat(lines.get(5)).containsEntry("budgetYear", 2029).containsEntry("rate", "0.75").containsEntry("granted", "120000.00");
        // period 3 at 50 %: 80 000 € for a full year
        assertThat(lines.get(8)).containsEntry("budgetYear", 2031).containsEntry("period", 3).containsEntry("rate", "0.50")
                .containsEntry("granted", "60273.97");
        assertThat(lines.get(9)).containsEntry("budgetYear", 2032).containsEntry("granted", "80000.00")
                .containsEntry("leftToCluster", "120000.00");
        assertThat(lines.get(11)).containsEntry("budgetYear", 2034).containsEntry("to", "2034-03-31")
                .containsEntry("agrementYear", 9).containsEntry("granted", "19726.03");

        // nine years: 1 080 082.34 €, not 9 × 120 000 € (pro rata by calendar-year days, 2028 and 2032 are leap years)
        assertThat(json.getString("totals.eligibleCosts")).isEqualTo("1800000.00");
        assertThat(json.getString("totals.granted")).isEqualTo("1080082.34");
        assertThat(json.getString("totals.leftToCluster")).isEqualTo("719917.66");
        assertThat(json.getString("totals.privateContributions")).isNull();
        assertTotalsAreSumsOfLines(json, "eligibleCosts", "granted", "leftToCluster");
    }

    @Test
    @TestSecurity(user = "region-it", roles = "FUNDING_READER")
    void by_default_every_co_funded_period_and_today() {
        JsonPath json = simulate("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "eligibleCosts": {"yearly": 200000}}""");
        assertThat(json.getInt("inputs.agrementPeriods")).isEqualTo(3);
        assertThat(json.getString("computedOn")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Brussels")).toString());
        assertThat(json.getString("lines[0].granted")).isEqualTo("120547.95");
        assertThat(json.getList("lines")).hasSize(12);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void declared_costs_replace_the_default_for_their_year() {
        JsonPath json = simulate("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "agrementPeriods": 1, "computedOn": "2025-03-15",
                 "eligibleCosts": {"yearly": "200000.00", "declared": {"2025": "100000.00", "2026": 185000}}}""");
        assertThat(json.getString("inputs.eligibleCosts.declared.2026")).isEqualTo("185000.00");
        // 2025: 100 000 declared × 100 % is below the 120 547.95 cap
        assertThat(json.getString("lines[0].eligibleCosts")).isEqualTo("100000.00");
        assertThat(json.getString("lines[0].granted")).isEqualTo("100000.00");
        assertThat(json.getString("lines[0].explanation.en")).contains("declared for 2025").contains("below the cap");
        assertThat(json.getString("lines[1].granted")).isEqualTo("160000.00");
        assertThat(json.getString("lines[1].leftToCluster")).isEqualTo("25000.00");
        assertTotalsAreSumsOfLines(json, "eligibleCosts", "granted", "leftToCluster");
    }

    /** TimeLimitedScheduleTest's case: asked from 1 September 2025 to 31 December 2026, the support stops on 31 August 2026. */
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

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void a_technology_grape_gets_25_000_a_year_for_two_years() {
        JsonPath json = simulate("""
                {"scheme": "TECHNOLOGY_GRAPE", "startDate": "2026-01-01", "eligibleCosts": {"yearly": "40000"},
                 "computedOn": "2025-12-01"}""");
        assertThat(json.getList("lines.granted")).containsExactly("25000.00", "25000.00");
        assertThat(json.getString("inputs.endDate")).isEqualTo("2027-12-31");
        assertThat(json.getString("totals.leftToCluster")).isEqualTo("30000.00");
    }

    /**
     * 2025: budget 600 000 − private 250 000 = 350 000, under the 400 000 € cap. 2026 (declared): 900 000 − 300 000 =
     * 600 000, capped at 400 000.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_pole_gets_its_budget_less_private_contributions_up_to_400_000() {
        JsonPath json = simulate("""
                {"scheme": "COMPETITIVENESS_POLE", "startDate": "2025-01-01", "endDate": "2026-12-31",
                 "declaredBudget": {"yearly": "600000.00", "declared": {"2026": "900000.00"}},
                 "privateContributions": {"yearly": "250000.00", "declared": {"2026": "300000.00"}},
                 "computedOn": "2025-01-01"}""");
        assertThat(json.getString("inputs.declaredBudget.yearly")).isEqualTo("600000.00");
        assertThat(json.getString("inputs.privateContributions.declared.2026")).isEqualTo("300000.00");
        assertThat(json.getString("inputs.eligibleCosts")).isNull();
        assertThat(json.getString("inputs.agrementPeriods")).isNull();
        List<Map<String, Object>> lines = json.getList("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsEntry("eligibleCosts", "600000.00").containsEntry("privateContributions", "250000.00")
                .containsEntry("capApplied", "400000.00").containsEntry("granted", "350000.00")
                .containsEntry("leftToCluster", "250000.00").containsEntry("rate", "1.00");
        assertThat(lines.get(1)).containsEntry("eligibleCosts", "900000.00").containsEntry("privateContributions", "300000.00")
                .containsEntry("granted", "400000.00").containsEntry("leftToCluster", "500000.00");
        assertThat(json.getString("lines[1].explanation.fr")).contains("plafond atteint");
        assertThat(json.getString("totals.privateContributions")).isEqualTo("550000.00");
        assertThat(json.getString("totals.granted")).isEqualTo("750000.00");
        assertTotalsAreSumsOfLines(json, "eligibleCosts", "granted", "leftToCluster", "privateContributions");
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
                 "eligibleCosts": {"yearly": "1"}, "privateContributions": {"yearly": "1"}}""")
                .post(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("agrementPeriods", "privateContributions")));
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
    }
}
