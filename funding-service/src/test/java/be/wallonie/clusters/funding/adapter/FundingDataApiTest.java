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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What regional IT systems read. The clusters of this class have agréments in 2041–2043, years no other test
 * uses, so commitments can be checked to the cent.
 */
@QuarkusTest
@TestSecurity(user = "region-it", roles = "FUNDING_READER")
class FundingDataApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());
    private static final UUID first = UUID.randomUUID();
    private static final UUID second = UUID.randomUUID();
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
        for (UUID dossier : List.of(first, second)) {
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                    .statusCode(200).body("$", hasSize(1)));
        }
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
        assertThat(rows[0].split(";")).hasSize(21);
        String line2041 = List.of(rows).stream().filter(r -> r.startsWith(first + ";") && r.contains(";2041;")).findFirst().orElseThrow();
        assertThat(line2041).contains(";0403.170.701;Cluster Bois ASBL;CLUSTER_ANIMATOR;1;defaults-1;")
                .contains(";2041-04-01;2041-12-31;275;365;150684,93;1,00;120547,95;0,00;120547,95;30136,98;EUR");

        String plain = given().accept("text/csv").get("/api/v1/exports/schedules").then().statusCode(200).extract().asString();
        assertThat(plain).contains(",150684.93,1.00,120547.95,");

        given().accept("text/csv").queryParam("decimal", "comma").get("/api/v1/exports/schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("decimal"));
        given().accept("text/csv").queryParam("separator", "tab").get("/api/v1/exports/schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("separator"));
    }

    @Test
    void the_json_export_gives_the_current_schedules_whole() {
        given().accept("application/json").queryParam("scheme", "CLUSTER_ANIMATOR").get("/api/v1/exports/schedules").then()
                // 120 547.95 (2041, 275/365) + 160 000 + 160 000 + 39 781.42 (2044, 91/366)
                .statusCode(200).body("findAll { it.dossierId == '" + first + "' }[0].totals.granted", equalTo("480329.37"));
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
        assertThat(grant.get("amountAwarded").decimalValue()).isEqualByComparingTo("480329.37");
        assertThat(grant.get("plannedDates").get(0).get("startDate").asText()).startsWith("2041-04-01T00:00");
        assertThat(grant.get("currency").asText()).isEqualTo("EUR");

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
