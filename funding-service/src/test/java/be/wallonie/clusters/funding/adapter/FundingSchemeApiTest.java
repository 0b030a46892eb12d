package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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
 * so each publication takes effect after whatever the scheme's latest version is, in the future (never today: the
 * versions in force today stay the seeded ones for every other test).
 */
@QuarkusTest
class FundingSchemeApiTest {

    static final String PATH = "/api/v1/funding-schemes";

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    /** A free effective date for a new version of {@code scheme}: after its latest version and at least a year ahead. */
    static LocalDate nextFreeDate(String scheme) {
        List<String> dates = given().get(PATH + "/" + scheme).then().statusCode(200).extract().jsonPath()
                .getList("versions.effectiveFrom");
        LocalDate latest = LocalDate.parse(dates.get(dates.size() - 1));
        LocalDate inAYear = today().plusYears(1);
        return latest.isBefore(inAYear) ? inAYear : latest.plusDays(30);
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
     * The property of the calculator, through the API: after a new version is published, a simulation dated before its
     * effective date is exactly what it was; one dated on or after it uses the new figures.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_new_version_never_rewrites_what_was_computed_before_it() {
        LocalDate effective = nextFreeDate("CLUSTER_ANIMATOR");
        String previous = latestLabel("CLUSTER_ANIMATOR");
        String dayBefore = """
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "eligibleCosts": {"yearly": "200000.00"},
                 "computedOn": "%s"}""".formatted(effective.minusDays(1));
        JsonPath before = simulate(dayBefore);

        String label = label();
        given().contentType(ContentType.JSON).body(animatorVersion(label, effective, "170000.00", 3))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(201)
                .header("Location", endsWith(PATH + "/CLUSTER_ANIMATOR/versions/" + label))
                .body("label", equalTo(label))
                .body("status", equalTo("UPCOMING"))
                .body("publishedBy", equalTo("region-1"))
                .body("parameters.yearlyCap", equalTo("170000.00"));

        JsonPath after = simulate(dayBefore);
        assertThat(after.getString("schemeVersion.label")).isEqualTo(previous);
        assertThat(after.getList("lines")).isEqualTo(before.getList("lines"));
        assertThat(after.getMap("totals")).isEqualTo(before.getMap("totals"));

        JsonPath onEffectiveDate = simulate("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "eligibleCosts": {"yearly": "200000.00"},
                 "computedOn": "%s"}""".formatted(effective));
        assertThat(onEffectiveDate.getString("schemeVersion.label")).isEqualTo(label);
        // 170 000 × 275/365 = 128 082.19; then 170 000 for 2026
        assertThat(onEffectiveDate.getString("lines[0].granted")).isEqualTo("128082.19");
        assertThat(onEffectiveDate.getString("lines[1].granted")).isEqualTo("170000.00");

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
     * A version with 4-year agrément periods (still 9 funded years): three periods from 1 April 2025 run to 31 March 2037,
     * and from agrément year 10 (1 April 2034) the cluster finances itself: rate 0, nothing granted.
     */
    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void years_beyond_the_ninth_are_self_financed_when_the_periods_cover_them() {
        LocalDate effective = nextFreeDate("CLUSTER_ANIMATOR");
        given().contentType(ContentType.JSON).body(animatorVersion(label(), effective, "160000.00", 4))
                .post(PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(201);

        JsonPath json = simulate("""
                {"scheme": "CLUSTER_ANIMATOR", "startDate": "2025-04-01", "eligibleCosts": {"yearly": "200000.00"},
                 "computedOn": "%s"}""".formatted(effective));
        assertThat(json.getString("inputs.endDate")).isEqualTo("2037-03-31");
        List<Map<String, Object>> lines = json.getList("lines");
        Map<String, Object> year10 = lines.stream().filter(l -> "2034-04-01".equals(l.get("from"))).findFirst().orElseThrow();
        assertThat(year10).containsEntry("agrementYear", 10).containsEntry("period", 3).containsEntry("rate", "0.00")
                .containsEntry("granted", "0.00").containsEntry("selfFinanced", true)
                .containsEntry("leftToCluster", year10.get("eligibleCosts"));
        assertThat(lines.stream().filter(l -> LocalDate.parse((String) l.get("from")).isAfter(LocalDate.of(2034, 3, 31))))
                .isNotEmpty().allMatch(l -> "0.00".equals(l.get("granted")));
        assertThat(lines.stream().filter(l -> LocalDate.parse((String) l.get("from")).isBefore(LocalDate.of(2034, 4, 1))))
                .noneMatch(l -> "0.00".equals(l.get("granted")));
        assertThat(json.getString("lines.find { it.from == '2034-04-01' }.explanation.fr")).contains("au-delà des 9 années cofinancées");
    }
}
