package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The yearly follow-up reports of a validated cluster: filing, corrections as versions, refusals, the event, the audit. */
@QuarkusTest
class FollowUpApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The agrément of the cluster below covers this year and the two before. */
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Brussels")).getYear();
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    static String indicators(int patents, String jobs) {
        return """
                {"membersByKind": {"ENTERPRISE": 42, "RESEARCH_CENTRE": 3}, "enterprisesBySize": {"MICRO": 12, "SMALL": 18,
                 "MEDIUM": 9, "LARGE": 3}, "jointProjectsStarted": 4, "jointProjectsCompleted": 2, "genericActions": 11,
                 "targetedActions": 6, "innovations": 3, "patentsFiled": %d, "companiesCreated": 2, "internationalisationActions": 5,
                 "jobs": %s, "turnover": 310000000.00, "exports": 125000000.00, "trainingDays": 480}""".formatted(patents, jobs);
    }

    /** The account of the plan of {@link TestDossiers#content}: its one action, its one gain; no condition (a favourable opinion). */
    static final String PLAN = """
            {"actions": [{"index": 1, "status": "CARRIED_OUT", "actualBudget": 18000.00, "actualParticipants": []}],
             "expectedGains": [{"index": 1, "achieved": 1600000}], "conditions": []}""";

    /** A filing of {@code year} for a cluster made of {@link TestDossiers#content}. */
    static String report(int year, String indicators) {
        return "{\"year\": %d, \"indicators\": %s, \"plan\": %s}".formatted(year, indicators, PLAN);
    }

    static String validatedCluster() {
        return RenewalApiTest.validatedCluster((THIS_YEAR - 2) + "-01-01");
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void a_validated_cluster_files_a_year_then_corrects_it_as_version_2_with_a_reason() {
        String id = validatedCluster();
        int year = THIS_YEAR - 1;
        given().contentType(ContentType.JSON).body(report(year, indicators(1, "1250.5")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(201)
                .header("Location", containsString("/follow-up-reports/" + year))
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("correctionReason", nullValue())
                .body("indicators.patentsFiled", equalTo(1))
                // derived from the membership ledger (2 SMALL enterprises and a research centre), not the 42 sent
                .body("indicators.membersByKind.ENTERPRISE", equalTo(2))
                .body("indicators.membersByKind.RESEARCH_CENTRE", equalTo(1))
                .body("filedBy", equalTo("cellule-1"));

        // a second filing of the same year is refused: it must be a correction
        given().contentType(ContentType.JSON).body(report(year, indicators(2, "1250.5")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("ALREADY_FILED"));

        String correction = "{\"correctionReason\": \"%s\", \"indicators\": %s, \"plan\": " + PLAN + "}";
        given().contentType(ContentType.JSON).body(correction.formatted("Brevet déposé en décembre", indicators(2, "1250.5")))
                .put("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, year).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(correction.formatted(" ", indicators(2, "1250.5")))
                .put("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, year).then().statusCode(400)
                .body("errors.field", equalTo(List.of("correctionReason")));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(correction.formatted("Brevet déposé en décembre", indicators(2, "1250.5")))
                .put("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, year).then().statusCode(412).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction.formatted("Brevet déposé en décembre", indicators(2, "1250.5")))
                .put("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, year).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("indicators.patentsFiled", equalTo(2))
                .body("correctionReason", equalTo("Brevet déposé en décembre"));
        // correcting a year never filed
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction.formatted("Oubli", indicators(2, "1250.5")))
                .put("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, THIS_YEAR).then().statusCode(404)
                .body("code", equalTo("NOT_FILED"));

        given().get("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, year).then().statusCode(200).header("ETag", "\"2\"")
                .body("currentVersion", equalTo(2))
                .body("versions.version", equalTo(List.of(1, 2)))
                .body("versions[0].indicators.patentsFiled", equalTo(1));
        given().contentType(ContentType.JSON).body(report(THIS_YEAR - 2, indicators(0, "1200")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(201);
        given().get("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.year", equalTo(List.of(THIS_YEAR - 2, year)))
                .body("items.version", equalTo(List.of(1, 2)));
        given().queryParam("size", 1).get("/api/v1/dossiers/{id}/follow-up-reports", id).then().body("items", hasSize(1))
                .body("total", equalTo(2));
        given().get("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, THIS_YEAR).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/follow-up-report-not-found"));

        given().get("/api/v1/dossiers/{id}/audit", id).then().statusCode(200)
                .body("action", hasItems("FOLLOW_UP_REPORT_FILED", "FOLLOW_UP_REPORT_CORRECTED"))
                .body("find { it.action == 'FOLLOW_UP_REPORT_CORRECTED' }.reason", equalTo("Brevet déposé en décembre"))
                .body("find { it.action == 'FOLLOW_UP_REPORT_CORRECTED' }.actor", equalTo("cellule-1"));

        List<KafkaTestClient.Received> filed = kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().filter(m -> id.equals(m.key())
                && m.event().type().equals(EventCatalog.FOLLOW_UP_REPORT_FILED.name())).count() >= 3, WAIT).stream()
                .filter(m -> id.equals(m.key()) && m.event().type().equals(EventCatalog.FOLLOW_UP_REPORT_FILED.name())).toList();
        assertThat(filed).hasSize(3);
        assertThat(filed).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        FollowUpReportFiledV1 first = EventCodec.payload(filed.get(0).event(), EventCatalog.FOLLOW_UP_REPORT_FILED);
        FollowUpReportFiledV1 corrected = EventCodec.payload(filed.get(1).event(), EventCatalog.FOLLOW_UP_REPORT_FILED);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.year()).isEqualTo(year);
        assertThat(first.dossierId()).hasToString(id);
        assertThat(first.indicators().jobs()).isEqualByComparingTo("1250.5");
        assertThat(first.indicators().enterprisesBySize()).containsEntry("SMALL", 2).containsEntry("MICRO", 0);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.correctionReason()).isEqualTo("Brevet déposé en décembre");
        assertThat(corrected.indicators().patentsFiled()).isEqualTo(2);
        assertThat(corrected.agrementId()).isEqualTo(first.agrementId());
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void negative_indicators_and_a_year_outside_the_agrement_are_named_at_once_and_nothing_is_filed() {
        String id = validatedCluster();
        String bad = """
                {"membersByKind": {"ENTERPRISE": -1, "LOBBY": 2}, "enterprisesBySize": {"SMALL": 3}, "jointProjectsStarted": -4,
                 "jointProjectsCompleted": 0, "genericActions": 0, "targetedActions": 0, "innovations": 0, "patentsFiled": -1,
                 "companiesCreated": 0, "internationalisationActions": 0, "turnover": -5, "exports": 0.001, "trainingDays": 0}""";
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(report(THIS_YEAR - 5, bad))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("errors.field", hasItems("year", "indicators.jointProjectsStarted", "indicators.patentsFiled", "indicators.jobs",
                        "indicators.turnover", "indicators.exports"))
                // members by kind and size are derived from the membership ledger: what is sent for them is ignored
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("indicators.membersByKind.ENTERPRISE")))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("indicators.membersByKind.LOBBY")))
                .body("errors.find { it.field == 'year' }.message", equalTo("the year falls in none of the cluster's agréments"))
                .body("errors.find { it.field == 'indicators.patentsFiled' }.message", equalTo("cannot be negative"))
                .body("errors.find { it.field == 'indicators.jobs' }.message", equalTo("required"));
        // a year after the agrément, or not begun yet
        given().contentType(ContentType.JSON).body(report(THIS_YEAR + 1, indicators(0, "1")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("year")));
        given().contentType(ContentType.JSON).body("{\"indicators\": %s, \"plan\": %s}".formatted(indicators(0, "1"), PLAN))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("year")));
        given().get("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/dossiers/{id}/audit", id).then().body("action", org.hamcrest.Matchers.not(hasItem("FOLLOW_UP_REPORT_FILED")));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_cluster_without_agrement_files_no_report() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).body(report(THIS_YEAR, indicators(0, "1")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(409)
                .body("type", equalTo("https://clusters.wallonie.be/problems/follow-up-refused"))
                .body("code", equalTo("NOT_A_RECOGNISED_CLUSTER"));
        given().contentType(ContentType.JSON).body(report(THIS_YEAR, indicators(0, "1")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_reads_reports_but_does_not_file_them() {
        given().contentType(ContentType.JSON).body(report(THIS_YEAR, indicators(0, "1")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{}")
                .put("/api/v1/dossiers/{id}/follow-up-reports/{year}", UUID.randomUUID(), THIS_YEAR).then().statusCode(403);
        given().get("/api/v1/dossiers/{id}/follow-up-reports", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void an_applicant_may_file() {
        given().contentType(ContentType.JSON).body(report(THIS_YEAR, indicators(0, "1")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/dossier-not-found"));
    }

    @Test
    void the_openapi_document_lists_the_follow_up_reports_and_the_renewal() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/dossiers/{id}/follow-up-reports"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/follow-up-reports/{year}"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/renewal"))
                .body("paths.'/api/v1/dossiers/{id}/follow-up-reports'.post.description", containsString("Roles: APPLICANT, CELLULE"))
                .body("paths.'/api/v1/dossiers/{id}/renewal'.post.description", containsString("Roles: APPLICANT, CELLULE"));
    }
}
