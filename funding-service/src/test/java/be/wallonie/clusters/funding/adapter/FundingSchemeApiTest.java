package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.funding.domain.schedule.AgrementTerm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/funding-schemes: the seeded defaults read publicly, versions published by the Region. Tests share one database,
 * so each publication takes effect after whatever the scheme's latest version is, at least a hundred years ahead: a
 * version governs the periods that start while it is in force, and no other test simulates or funds a period that
 * starts so late, so every other test keeps the seeded versions.
 */
@QuarkusTest
class FundingSchemeApiTest {

    static final String PATH = "/api/v1/funding-schemes";

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    /** A free effective date for a new version of {@code scheme}: after its latest version and at least 100 years ahead. */
    static LocalDate nextFreeDate(String scheme) {
        List<String> dates = given().get(PATH + "/" + scheme).then().statusCode(200).extract().jsonPath()
                .getList("versions.effectiveFrom");
        LocalDate latest = LocalDate.parse(dates.get(dates.size() - 1));
        LocalDate farAhead = today().plusYears(100);
        return latest.isBefore(farAhead) ? farAhead : latest.plusDays(30);
    }

    /** One agrément period of the animateur scheme from {@code start}, 200 000 € of costs a year (above every cap used here). */
    static String onePeriodFrom(LocalDate start) {
        return """
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "%s", "agrementPeriods": 1, "eligibleCosts": {"yearly": "200000.00"}}"""
                .formatted(start);
    }

    static String latestLabel(String scheme) {
        List<String> labels = given().get(PATH + "/" + scheme).then().statusCode(200).extract().jsonPath().getList("versions.label");
        return labels.get(labels.size() - 1);
    }

    static String animatorVersion(String label, LocalDate from, String cap, int periodLengthYears) {
        return """
                {"label": "%s", "effectiveFrom": "%s", "source": "test",
                 "parameters": {"yearlyCap": "%s", "periodRates": ["1.00", "0.75", "0.50"], "periodLengthYears": %d,
                                "maxFundedYears": 9}}""".formatted(label, from, cap, periodLengthYears);
    }

    static String label() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonPath simulate(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/simulations").then().statusCode(200).extract()
                .jsonPath();
    }

    // --- public reads ---------------------------------------------------------------------------

    @Test
    void the_seeded_versions_are_listed_publicly_without_a_token() {
        JsonPath json = given().get(PATH).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(json.getString("asOf")).isEqualTo(today().toString());
        assertThat(json.getList("items.scheme")).containsExactly("CLUSTER_ANIMATOR", "CLUSTER_PREPARATION", "TECHNOLOGY_GRAPE",
                "COMPETITIVENESS_POLE");
        assertThat(json.getList("items.currentVersion.label")).containsOnly("defaults-1");
        assertThat(json.getList("items.currentVersion.effectiveFrom")).containsOnly("2000-01-01");
        assertThat(json.getList("items.currentVersion.status")).containsOnly("CURRENT");
        assertThat(json.getList("items.currentVersion.parameters.currency")).containsOnly("EUR");
        assertThat(json.getList("items.currentVersion.publishedBy")).containsOnly((Object) null);

        Map<String, Object> animator = json.getMap("items[0].currentVersion.parameters");
        assertThat(animator).containsEntry("yearlyCap", "160000.00")
                .containsEntry("periodRates", List.of("1.00", "0.75", "0.50"))
                .containsEntry("periodLengthYears", 3).containsEntry("maxFundedYears", 9)
                .doesNotContainKeys("rate", "maxMonths");
        assertThat(json.getMap("items[1].currentVersion.parameters")).containsEntry("yearlyCap", "50000.00")
                .containsEntry("rate", "0.50").containsEntry("maxMonths", 12).doesNotContainKey("periodRates");
        assertThat(json.getMap("items[2].currentVersion.parameters")).containsEntry("yearlyCap", "25000.00")
                .containsEntry("rate", "1.00").containsEntry("maxMonths", 24);
        assertThat(json.getMap("items[3].currentVersion.parameters")).containsEntry("yearlyCap", "400000.00")
                .containsOnlyKeys("currency", "yearlyCap");
        assertThat(json.getString("items[0].currentVersion.source")).contains("160 000 €/an pour 3 ans");
        assertThat(json.getString("items[0].name.fr")).isEqualTo("cofinancement de l'animateur d'un cluster validé");
        assertThat(json.getString("items[0].href")).isEqualTo("/api/v1/funding-schemes/CLUSTER_ANIMATOR");
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_sees_who_published() {
        given().get(PATH + "/TECHNOLOGY_GRAPE").then().statusCode(200)
                .body("versions[0].publishedBy", equalTo("flyway:V2__funding_scheme_version"));
    }

    @Test
    void one_scheme_with_all_its_versions() {
        given().get(PATH + "/competitiveness_pole").then().statusCode(200)
                .body("scheme", equalTo("COMPETITIVENESS_POLE"))
                .body("currentVersion", equalTo("defaults-1"))
                .body("versions[0].label", equalTo("defaults-1"))
                .body("versions[0].status", equalTo("CURRENT"))
                .body("versions[0].parameters.yearlyCap", equalTo("400000.00"));
        given().get(PATH + "/CLUSTER_ANIMATOR/versions/defaults-1").then().statusCode(200)
                .body("parameters.periodRates", equalTo(List.of("1.00", "0.75", "0.50")))
                .body("publishedBy", nullValue());
    }

    @Test
    void an_unknown_scheme_or_version_is_a_404_problem() {
        given().get(PATH + "/CLUSTER_FOO").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/funding-scheme-not-found"))
                .body("detail", containsString("CLUSTER_ANIMATOR"));
        given().header("Accept-Language", "en").get(PATH + "/CLUSTER_ANIMATOR/versions/nope").then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/scheme-version-not-found"))
                .body("detail", equalTo("Scheme CLUSTER_ANIMATOR has no version 'nope'"));
    }

    // --- publishing --------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void only_the_region_publishes() {
        given().contentType(ContentType.JSON).body(animatorVersion(label(), today().plusYears(50), "170000", 3))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/forbidden"));
    }

    @Test
    void publishing_needs_a_token() {
        given().contentType(ContentType.JSON).body(animatorVersion(label(), today().plusYears(50), "170000", 3))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_version_effective_in_the_past_is_refused() {
        LocalDate yesterday = today().minusDays(1);
        given().contentType(ContentType.JSON).body(animatorVersion(label(), yesterday, "170000", 3))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("code", equalTo("EFFECTIVE_DATE_IN_THE_PAST"))
                .body("detail", containsString("ne peut pas réécrire ce qui a déjà été calculé"))
                .body("errors[0].field", equalTo("effectiveFrom"));
        given().get(PATH + "/CLUSTER_ANIMATOR").then().body("versions.effectiveFrom", org.hamcrest.Matchers.not(hasItem(yesterday.toString())));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_label_the_scheme_already_has_is_a_409() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(animatorVersion("defaults-1", nextFreeDate("CLUSTER_ANIMATOR"), "170000", 3))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/scheme-version-conflict"))
                .body("code", equalTo("LABEL_TAKEN"))
                .body("detail", containsString("already has a version 'defaults-1'"))
                .body("errors[0].field", equalTo("label"));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void figures_the_scheme_does_not_use_are_refused() {
        given().contentType(ContentType.JSON).body("""
                {"label": "x-1", "effectiveFrom": "%s", "parameters": {"yearlyCap": "-1", "rate": "1.5", "maxMonths": 12,
                 "periodLengthYears": 3}}""".formatted(nextFreeDate("CLUSTER_PREPARATION")))
                .post(PATH + "/CLUSTER_PREPARATION/versions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("parameters.yearlyCap", "parameters.rate", "parameters.periodLengthYears")));
    }

    /**
     * Issue #11 §1 through the API: a version governs the periods that start while it is in force. A period that started
     * the day before its effective date keeps the previous version to its end — the same lines, line for line; a period
     * starting on the effective date is priced by the new version.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_new_version_governs_the_periods_starting_from_its_effective_date_never_a_running_one() {
        LocalDate effective = nextFreeDate("CLUSTER_ANIMATOR");
        String previous = latestLabel("CLUSTER_ANIMATOR");
        JsonPath before = simulate(onePeriodFrom(effective.minusDays(1)));

        String label = label();
        given().contentType(ContentType.JSON).body(animatorVersion(label, effective, "170000.00", 3))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(201)
                .header("Location", endsWith(PATH + "/CLUSTER_ANIMATOR/versions/" + label))
                .body("label", equalTo(label))
                .body("status", equalTo("UPCOMING"))
                .body("publishedBy", equalTo("region-1"))
                .body("parameters.yearlyCap", equalTo("170000.00"))
                .body("$", not(hasKey("appliesToRunningPeriodsFrom")));

        JsonPath after = simulate(onePeriodFrom(effective.minusDays(1)));
        assertThat(after.getString("schemeVersion.label")).isEqualTo(previous);
        assertThat(after.getList("lines")).isEqualTo(before.getList("lines"));
        assertThat(after.getList("lines.schemeVersion")).containsOnly(previous);
        assertThat(after.getMap("totals")).isEqualTo(before.getMap("totals"));

        JsonPath starting = simulate(onePeriodFrom(effective));
        assertThat(starting.getString("schemeVersion.label")).isEqualTo(label);
        assertThat(starting.getList("lines.schemeVersion")).containsOnly(label);
        // 200 000 € of costs a year exceed the 170 000 € cap every day, so each of the three agrément years pays its cap
        // exactly, whatever the leap years: 3 × 170 000 = 510 000.00
        assertThat(starting.getString("totals.granted")).isEqualTo("510000.00");

        // the list shows it as the next version, the current one is unchanged
        given().get(PATH).then().statusCode(200)
                .body("items.find { it.scheme == 'CLUSTER_ANIMATOR' }.currentVersion.label", equalTo("defaults-1"))
                .body("items.find { it.scheme == 'CLUSTER_ANIMATOR' }.nextVersion.label", org.hamcrest.Matchers.notNullValue());

        // versions follow one another: a version taking effect on or before this one is a conflict
        for (LocalDate from : List.of(effective, effective.minusDays(1))) {
            given().contentType(ContentType.JSON).body(animatorVersion(label(), from, "180000.00", 3))
                    .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(409)
                    .body("code", equalTo("EFFECTIVE_DATE_NOT_AFTER_LATEST_VERSION"))
                    .body("errors[0].field", equalTo("effectiveFrom"));
        }
    }

    /**
     * A version that says it applies to running periods from a day prices their lines from that day only: a period that
     * started the day before its effective date is cut there, the lines before keep the previous version.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_version_applying_to_running_periods_prices_only_their_lines_from_that_day() {
        LocalDate effective = nextFreeDate("CLUSTER_ANIMATOR");
        String previous = latestLabel("CLUSTER_ANIMATOR");
        LocalDate runningFrom = effective.plusDays(10);
        String label = label();

        // before its own effective date: refused, in French and in English, and nothing is published
        given().contentType(ContentType.JSON).body(withRunningPeriodsFrom(animatorVersion(label, effective, "180000.00", 3),
                        effective.minusDays(1)))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("appliesToRunningPeriodsFrom")))
                .body("errors[0].message", equalTo("ne peut pas précéder la date d'effet de la version (" + effective + ")"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(withRunningPeriodsFrom(animatorVersion(label, effective, "180000.00", 3), effective.minusDays(1)))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(400)
                .body("errors[0].field", equalTo("appliesToRunningPeriodsFrom"))
                .body("errors[0].message", equalTo("must not be before the version's effective date (" + effective + ")"));
        assertThat(latestLabel("CLUSTER_ANIMATOR")).isEqualTo(previous);

        given().contentType(ContentType.JSON).body(withRunningPeriodsFrom(animatorVersion(label, effective, "180000.00", 3),
                        runningFrom))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(201)
                .body("appliesToRunningPeriodsFrom", equalTo(runningFrom.toString()));
        // shown in every view of the version
        given().get(PATH + "/CLUSTER_ANIMATOR/versions/" + label).then().statusCode(200)
                .body("appliesToRunningPeriodsFrom", equalTo(runningFrom.toString()));
        given().get(PATH + "/CLUSTER_ANIMATOR").then().statusCode(200)
                .body("versions.find { it.label == '" + label + "' }.appliesToRunningPeriodsFrom", equalTo(runningFrom.toString()))
                .body("versions.find { it.label == 'defaults-1' }", not(hasKey("appliesToRunningPeriodsFrom")));
        given().get(PATH).then().statusCode(200)
                .body("items.find { it.scheme == 'CLUSTER_ANIMATOR' }.nextVersion.label", notNullValue());

        List<Map<String, Object>> lines = simulate(onePeriodFrom(effective.minusDays(1))).getList("lines");
        assertThat(lines).filteredOn(l -> LocalDate.parse((String) l.get("from")).isBefore(runningFrom))
                .isNotEmpty().allSatisfy(l -> assertThat(l).containsEntry("schemeVersion", previous))
                .allSatisfy(l -> assertThat(LocalDate.parse((String) l.get("to"))).isBefore(runningFrom));
        assertThat(lines).filteredOn(l -> !LocalDate.parse((String) l.get("from")).isBefore(runningFrom))
                .isNotEmpty().allSatisfy(l -> assertThat(l).containsEntry("schemeVersion", label));
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry("from", runningFrom.toString()));
    }

    static String withRunningPeriodsFrom(String version, LocalDate from) {
        return version.replaceFirst("\\{", "{\"appliesToRunningPeriodsFrom\": \"" + from + "\", ");
    }

    /**
     * A version with 4-year agrément periods (still 9 funded years): three periods from its effective date run 12 years,
     * and from agrément year 10 (9 years after the start) the cluster finances itself: rate 0, nothing granted.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void years_beyond_the_ninth_are_self_financed_when_the_periods_cover_them() {
        LocalDate effective = nextFreeDate("CLUSTER_ANIMATOR");
        String label = label();
        given().contentType(ContentType.JSON).body(animatorVersion(label, effective, "160000.00", 4))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(201);

        JsonPath json = simulate("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "%s", "eligibleCosts": {"yearly": "200000.00"}}""".formatted(effective));
        assertThat(json.getString("schemeVersion.label")).isEqualTo(label);
        assertThat(json.getString("inputs.endDate")).isEqualTo(AgrementTerm.lastDay(effective, 12).toString());
        LocalDate yearTen = AgrementTerm.lastDay(effective, 9).plusDays(1);
        List<Map<String, Object>> lines = json.getList("lines");
        Map<String, Object> year10 = lines.stream().filter(l -> yearTen.toString().equals(l.get("from"))).findFirst().orElseThrow();
        assertThat(year10).containsEntry("agrementYear", 10).containsEntry("period", 3).containsEntry("rate", "0.00")
                .containsEntry("granted", "0.00").containsEntry("selfFinanced", true)
                .containsEntry("leftToCluster", year10.get("eligibleCosts"));
        assertThat(lines.stream().filter(l -> !LocalDate.parse((String) l.get("from")).isBefore(yearTen)))
                .isNotEmpty().allMatch(l -> "0.00".equals(l.get("granted")));
        assertThat(lines.stream().filter(l -> LocalDate.parse((String) l.get("from")).isBefore(yearTen)))
                .noneMatch(l -> "0.00".equals(l.get("granted")));
        assertThat(lines).allSatisfy(l -> assertThat(l).containsEntry("schemeVersion", label));
        assertThat(json.getString("lines.find { it.from == '" + yearTen + "' }.explanation.fr")).contains("au-delà des 9 années cofinancées");
    }
}
