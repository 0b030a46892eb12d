package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What regional IT systems read. The clusters of this class have agréments in 2041–2044 (a grape in 2045–2047, a
 * cluster whose 2049 costs are declared late in 2048–2050), years no other test uses, so commitments can be checked to
 * the cent.
 */
@QuarkusTest
@TestSecurity(user = "region-it", roles = "FUNDING_READER")
class FundingDataApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());
    private static final UUID first = UUID.randomUUID();
    private static final UUID second = UUID.randomUUID();
    private static final UUID grape = UUID.randomUUID();
    private static final UUID corrected = UUID.randomUUID();
    private static boolean seeded;

    @BeforeEach
    void two_clusters_with_agrements_in_2041() {
        if (seeded) {
            return;
        }
        kafka.send(Topics.REGISTRY_EVENTS, first.toString(), RegistryEvents.granted(first, UUID.randomUUID(), "ECONOMIC_CLUSTER",
                LocalDate.of(2041, 4, 1), LocalDate.of(2044, 3, 31), "200000.00", null));
        kafka.send(Topics.REGISTRY_EVENTS, second.toString(), RegistryEvents.granted(second, UUID.randomUUID(), "ECONOMIC_CLUSTER",
                LocalDate.of(2041, 1, 1), LocalDate.of(2043, 12, 31), "100000.00", null));
        kafka.send(Topics.REGISTRY_EVENTS, grape.toString(), RegistryEvents.granted(grape, UUID.randomUUID(), "TECHNOLOGY_GRAPE",
                LocalDate.of(2045, 3, 1), LocalDate.of(2047, 2, 28), "40000.00", null));
        kafka.send(Topics.REGISTRY_EVENTS, corrected.toString(), RegistryEvents.granted(corrected, UUID.randomUUID(),
                "ECONOMIC_CLUSTER", LocalDate.of(2048, 1, 1), LocalDate.of(2050, 12, 31), "200000.00", null));
        for (UUID dossier : List.of(first, second, grape, corrected)) {
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                    .statusCode(200).body("$", hasSize(1)));
        }
        // costs declared late for 2049: 150 000, below the 160 000 cap the default 200 000 reached
        kafka.send(Topics.REGISTRY_EVENTS, corrected.toString(), RegistryEvents.costs(corrected, 2049, "150000.00"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/funding-files/{id}/schedules", corrected).then()
                .statusCode(200).body("$", hasSize(2)));
        seeded = true;
    }

    @Test
    void commitments_sum_the_current_schedules_per_budget_year_and_scheme() {
        given().queryParam("fromYear", 2041).queryParam("toYear", 2041).get("/api/v1/commitments").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].budgetYear", equalTo(2041))
                .body("[0].scheme", equalTo("CLUSTER_ANIMATOR"))
                .body("[0].clusters", equalTo(2))
                // 160 000 × 275/365 = 120 547.95, plus 100 000 (under the cap)
                .body("[0].granted", equalTo("220547.95"));
        given().queryParam("fromYear", 2042).queryParam("toYear", 2041).get("/api/v1/commitments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fromYear"));
        given().queryParam("scheme", "BANANA").get("/api/v1/commitments").then().statusCode(400)
                .body("errors[0].field", equalTo("scheme"));
    }

    @Test
    void the_feed_gives_every_version_once_in_order_and_its_cursor_resumes() {
        List<String> ids = new ArrayList<>();
        List<String> dossiers = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("updatedSince", cursor);
            }
            JsonPath page = request.get("/api/v1/schedule-feed").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            dossiers.addAll(page.getList("items.dossierId"));
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            cursor = page.getString("nextCursor");
            more = page.getBoolean("more");
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(dossiers).contains(first.toString(), second.toString());
        // nothing new: an empty page and the same cursor
        given().queryParam("updatedSince", cursor).get("/api/v1/schedule-feed").then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", equalTo(cursor)).body("more", equalTo(false));

        given().queryParam("updatedSince", "not-a-cursor").get("/api/v1/schedule-feed").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/invalid-cursor"));
        given().queryParam("limit", 0).get("/api/v1/schedule-feed").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void the_csv_export_suits_belgian_spreadsheets() {
        String csv = given().accept("text/csv").queryParam("separator", "semicolon").queryParam("decimal", "comma")
                .get("/api/v1/exports/schedules").then().statusCode(200).contentType("text/csv").extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("dossier_id;cluster_name;beneficiary_enterprise_number;");
        assertThat(rows[0].split(";")).hasSize(29);
        assertThat(rows[0]).endsWith(";currency;line_policy_version;previous_granted;difference;correction_reason;line_key;paid;"
                + "remaining;overpaid");
        // 2041, agrément year 1 (2041-04-01 – 2042-03-31, 365 days): eligible 200 000 × 275/365 = 150 684.93, cap
        // 160 000 × 275/365 = 120 547.95, reached; left 30 136.98; no correction: the line's version and three empty
        // fields, then (issue #14) the line's key and what was paid on it: nothing, all 120 547.95 remaining
        String line2041 = List.of(rows).stream().filter(r -> r.startsWith(first + ";") && r.contains(";2041;")).findFirst().orElseThrow();
        assertThat(line2041).contains(";0403.170.701;Cluster Bois ASBL;CLUSTER_ANIMATOR;1;defaults-1;")
                .endsWith(";2041-04-01;2041-12-31;275;365;150684,93;1,00;120547,95;0,00;120547,95;30136,98;EUR;defaults-1;;;"
                        + ";1/1/2041;0,00;120547,95;0,00");
        // the late 2049 declaration: version 2 of the schedule; 2049 (a whole agrément year) now grants 150 000,
        // 160 000 before: difference −10 000
        String line2049 = List.of(rows).stream().filter(r -> r.startsWith(corrected + ";") && r.contains(";2049;")).findFirst()
                .orElseThrow();
        assertThat(line2049).contains(";CLUSTER_ANIMATOR;2;defaults-1;")
                .contains(";2049-01-01;2049-12-31;365;365;150000,00;1,00;160000,00;0,00;150000,00;0,00;EUR;defaults-1;160000,00;-10000,00;")
                .contains("2049");
        String line2048 = List.of(rows).stream().filter(r -> r.startsWith(corrected + ";") && r.contains(";2048;")).findFirst()
                .orElseThrow();
        assertThat(line2048).endsWith(";EUR;defaults-1;;;;1/1/2048;0,00;160000,00;0,00");

        String plain = given().accept("text/csv").get("/api/v1/exports/schedules").then().statusCode(200).extract().asString();
        assertThat(plain).contains(",150684.93,1.00,120547.95,");
        assertThat(plain).contains(",150000.00,0.00,EUR,defaults-1,160000.00,-10000.00,");

        given().accept("text/csv").queryParam("decimal", "comma").get("/api/v1/exports/schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("decimal"));
        given().accept("text/csv").queryParam("separator", "tab").get("/api/v1/exports/schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("separator"));
    }

    @Test
    void the_json_export_gives_the_current_schedules_whole() {
        JsonPath json = given().accept("application/json").queryParam("scheme", "CLUSTER_ANIMATOR").get("/api/v1/exports/schedules")
                .then().statusCode(200).extract().jsonPath();
        // three agrément years capped at 160 000 each, leap year 2044 or not: 480 000.00
        assertThat(json.getString("find { it.dossierId == '" + first + "' }.totals.granted")).isEqualTo("480000.00");
        assertThat(json.getList("find { it.dossierId == '" + first + "' }.lines.schemeVersion")).containsOnly("defaults-1");
        assertThat(json.getList("find { it.dossierId == '" + first + "' }.lines.correction")).containsOnly((Object) null);
        // the corrected schedule: 160 000 + 150 000 + 160 000 = 470 000.00; only 2049 carries a correction
        assertThat(json.getInt("find { it.dossierId == '" + corrected + "' }.version")).isEqualTo(2);
        assertThat(json.getString("find { it.dossierId == '" + corrected + "' }.totals.granted")).isEqualTo("470000.00");
        List<Map<String, Object>> lines = json.getList("find { it.dossierId == '" + corrected + "' }.lines");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).doesNotContainKey("correction");
        assertThat(lines.get(2)).doesNotContainKey("correction");
        assertThat(json.getMap("find { it.dossierId == '" + corrected + "' }.lines[1].correction"))
                .containsEntry("previousGranted", "160000.00").containsEntry("difference", "-10000.00")
                .hasEntrySatisfying("reason", reason -> assertThat((String) reason).contains("2049"));
    }

    @Test
    void the_feed_carries_the_corrections() {
        List<Map<String, Object>> versions = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = given().queryParam("limit", 500);
            if (cursor != null) {
                request = request.queryParam("updatedSince", cursor);
            }
            JsonPath page = request.get("/api/v1/schedule-feed").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(i -> corrected.toString().equals(i.get("dossierId"))).forEach(versions::add);
            cursor = page.getString("nextCursor");
            more = page.getBoolean("more");
        }
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(1, 2);
        List<Map<String, Object>> first = (List<Map<String, Object>>) versions.get(0).get("lines");
        assertThat(first).allSatisfy(l -> assertThat(l).doesNotContainKey("correction").containsEntry("schemeVersion", "defaults-1"));
        List<Map<String, Object>> second = (List<Map<String, Object>>) versions.get(1).get("lines");
        assertThat(second.get(1)).containsEntry("budgetYear", 2049).containsEntry("granted", "150000.00");
        assertThat((Map<String, Object>) second.get(1).get("correction")).containsEntry("previousGranted", "160000.00")
                .containsEntry("difference", "-10000.00");
    }

    @Test
    void the_360giving_package_validates_against_the_published_schema() throws Exception {
        String body = given().get("/api/v1/exports/360giving").then().statusCode(200).extract().asString();
        JsonNode pkg = new ObjectMapper().readTree(body);

        JsonNode grant = null;
        for (JsonNode g : pkg.get("grants")) {
            if (g.get("id").asText().contains(first.toString())) {
                grant = g;
            }
        }
        assertThat(grant).isNotNull();
        assertThat(grant.get("recipientOrganization").get(0).get("id").asText()).isEqualTo("BE-BCE_KBO-0403170701");
        assertThat(grant.get("fundingOrganization").get(0).get("id").asText()).startsWith("BE-BCE_KBO-");
        // an animateur's co-funding is paid by the economy administration
        assertThat(grant.get("fundingOrganization").get(0).get("department").asText()).isEqualTo("SPW Economie, Emploi, Recherche");
        assertThat(grant.get("amountAwarded").decimalValue()).isEqualByComparingTo("480000.00");
        assertThat(grant.get("plannedDates").get(0).get("startDate").asText()).startsWith("2041-04-01T00:00");
        assertThat(grant.get("currency").asText()).isEqualTo("EUR");

        // a technology grape is funded by the research administration (000 III.2: "le financement est assuré par la DGTRE");
        // 25 000 per support year from 2045-03-01, two years: 50 000.00
        JsonNode grapeGrant = null;
        for (JsonNode g : pkg.get("grants")) {
            if (g.get("id").asText().contains(grape.toString())) {
                grapeGrant = g;
            }
        }
        assertThat(grapeGrant).isNotNull();
        assertThat(grapeGrant.get("id").asText()).endsWith("-TECHNOLOGY_GRAPE");
        assertThat(grapeGrant.get("fundingOrganization")).hasSize(1);
        assertThat(grapeGrant.get("fundingOrganization").get(0).get("department").asText())
                .isEqualTo("SPW Economie, Emploi, Recherche - Département de la Recherche et du Développement technologique (ex-DGTRE)");
        assertThat(grapeGrant.get("fundingOrganization").get(0).get("id").asText()).isEqualTo("BE-BCE_KBO-0316381039");
        assertThat(grapeGrant.get("amountAwarded").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(grapeGrant.get("grantProgramme").get(0).get("code").asText()).isEqualTo("TECHNOLOGY_GRAPE");
        // the package is published by the Region
        assertThat(pkg.get("publisher").get("identifier").asText()).isEqualTo("BE-BCE_KBO-0316381039");

        Optional<Path> schemas = ThreeSixtyGivingSchemas.folder();
        assertThat(schemas).as("the 360Giving schemas beside the repository (shared/data/360giving)").isPresent();
        Set<ValidationMessage> errors = ThreeSixtyGivingSchemas.packageSchema(schemas.get()).validate(pkg);
        assertThat(errors).isEmpty();
    }

    @Test
    void a_broken_package_is_caught_by_the_schema_check() throws Exception {
        Path folder = ThreeSixtyGivingSchemas.folder().orElseThrow();
        JsonNode broken = new ObjectMapper().readTree("{\"grants\":[{\"id\":\"x\",\"amountAwarded\":\"lots\"}]}");
        assertThat(ThreeSixtyGivingSchemas.packageSchema(folder).validate(broken)).isNotEmpty();
    }

    @Test
    @TestSecurity(user = "cellule", roles = "CELLULE")
    void the_cellule_does_not_read_the_regional_exports() {
        given().get("/api/v1/exports/360giving").then().statusCode(403);
        given().get("/api/v1/schedule-feed").then().statusCode(403);
    }

    /** The published 360Giving schemas, read where they lie (never copied into the project). */
    static final class ThreeSixtyGivingSchemas {

        static Optional<Path> folder() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared/data/360giving");
                if (Files.isRegularFile(candidate.resolve("360-giving-package-schema.json"))) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }

        static JsonSchema packageSchema(Path folder) {
            // the package schema names the grant schema by its published address; resolve it to the local copy
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                    .schemaMappers(m -> m.mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/",
                            folder.toUri().toString())));
            return factory.getSchema(SchemaLocation.of(folder.resolve("360-giving-package-schema.json").toUri().toString()));
        }
    }
}
