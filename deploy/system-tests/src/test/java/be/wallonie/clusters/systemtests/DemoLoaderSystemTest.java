package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.localstack.demo.DemoDataset;
import be.wallonie.clusters.localstack.demo.DemoLoader;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo loader against the three packaged services: the whole demo goes through the real APIs and events, the public
 * register lists the seventeen validated clusters, grape and poles, the drafts stay drafts, the funding service has built
 * the schedules of the validated ones by itself — each under its own scheme: the grape 2 × 25 000.00 €, the poles from
 * their approved projects, the supported draft its preparation support — and a second run changes nothing.
 */
@ExtendWith(SharedServices.class)
class DemoLoaderSystemTest {

    static ServiceProcess registry;
    static ServiceProcess evaluation;
    static ServiceProcess funding;
    static DemoDataset data;
    static DemoLoader.Summary summary;

    @BeforeAll
    static void startServicesAndLoad() throws Exception {
        SharedServices.Running s = SharedServices.get();
        registry = s.registry();
        evaluation = s.evaluation();
        funding = s.funding();
        data = DemoDataset.fromClasspath();
        summary = loader(System.out).load();
        System.out.println(summary.line());
    }

    static DemoLoader loader(PrintStream out) {
        return new DemoLoader(data, URI.create(registry.baseUrl()), URI.create(evaluation.baseUrl()), URI.create(funding.baseUrl()),
                Duration.ofSeconds(90), out);
    }

    static Set<String> keys(String target) {
        return data.dossiers().stream().filter(d -> d.target().equals(target)).map(DemoDataset.Dossier::key).collect(Collectors.toSet());
    }

    @Test
    void the_summary_counts_what_the_dataset_holds() {
        assertEquals(231, summary.organisations());
        assertEquals(17, summary.validated());
        assertEquals(2, summary.submitted());
        assertEquals(4, summary.drafts());
        assertEquals(17, summary.schedules());
        assertEquals(15, summary.poleProjects());
        assertEquals(1, summary.preparationSupports());
        assertEquals(23, summary.dossiers().size());
        assertTrue(summary.line().startsWith("Demo data: 231 organisations, 17 validated"), summary.line());
    }

    @Test
    void the_public_register_lists_the_seventeen_validated_clusters_grape_and_poles() {
        List<String> listed = given().baseUri(registry.baseUrl()).queryParam("size", 100).get("/api/v1/public/clusters")
                .then().statusCode(200).extract().path("items.dossierId");
        for (String key : keys(DemoDataset.VALIDATED)) {
            assertTrue(listed.contains(summary.dossiers().get(key).toString()), key + " in the public register");
        }
        for (String key : keys(DemoDataset.SUBMITTED)) {
            assertFalse(listed.contains(summary.dossiers().get(key).toString()), key + " is not recognised");
        }
        List<String> names = given().baseUri(registry.baseUrl()).queryParam("size", 100).get("/api/v1/public/clusters")
                .then().extract().path("items.name");
        assertTrue(names.containsAll(List.of("ARESA", "Plastiwin", "Skywin", "BioWin", "Logistics in Wallonia")), names.toString());
    }

    @Test
    void drafts_stay_drafts_and_submitted_dossiers_are_under_evaluation() {
        for (String target : List.of(DemoDataset.DRAFT, DemoDataset.COMPLETE_DRAFT)) {
            for (String key : keys(target)) {
                assertEquals("DRAFT", status(summary.dossiers().get(key)), key);
            }
        }
        for (String key : keys(DemoDataset.SUBMITTED)) {
            assertTrue(Set.of("SUBMITTED", "UNDER_EVALUATION").contains(status(summary.dossiers().get(key))), key);
        }
        for (String key : keys(DemoDataset.VALIDATED)) {
            assertEquals("VALIDATED", status(summary.dossiers().get(key)), key);
        }
    }

    @Test
    void the_funding_service_has_built_the_schedules_of_the_validated_dossiers() {
        for (String key : keys(DemoDataset.VALIDATED)) {
            UUID id = summary.dossiers().get(key);
            List<Object> schedules = given().baseUri(funding.baseUrl()).auth().oauth2(SystemUnderTest.token("FUNDING_READER"))
                    .get("/api/v1/funding-files/{id}", id).then().statusCode(200).extract().path("currentSchedules");
            assertFalse(schedules.isEmpty(), key + " has a schedule");
        }
        for (String key : keys(DemoDataset.DRAFT)) {
            given().baseUri(funding.baseUrl()).auth().oauth2(SystemUnderTest.token("FUNDING_READER"))
                    .get("/api/v1/funding-files/{id}", summary.dossiers().get(key)).then().statusCode(404);
        }
    }

    @Test
    void each_validated_dossier_is_funded_by_its_own_scheme() {
        for (DemoDataset.Dossier d : data.dossiers().stream().filter(d -> d.target().equals(DemoDataset.VALIDATED)).toList()) {
            String expected = switch (d.scheme()) {
                case "ECONOMIC_CLUSTER" -> "CLUSTER_ANIMATOR";
                default -> d.scheme();
            };
            List<String> schemes = currentSchedules(d.key()).extract().path("currentSchedules.scheme");
            assertEquals(List.of(expected), schemes, d.key());
        }
        // the grape: 2 support years × 25 000.00 € (its declared 32 000.00 € a year exceed the cap), to its beneficiary
        currentSchedules("matphot").body("currentSchedules[0].totals.granted", equalTo("50000.00"))
                .body("beneficiary.name", equalTo("Institut des couches minces optiques"));
        // the poles: from their approved projects (each pole's public share is more than zero, at most 400 000 € a year)
        for (String pole : keys(DemoDataset.VALIDATED).stream().filter(k -> data.dossiers().stream()
                .anyMatch(d -> d.key().equals(k) && d.scheme().equals("COMPETITIVENESS_POLE"))).toList()) {
            // the projects' PoleProjectApproved may still be on their way when the loader saw the agrément's first schedule
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<String> granted = currentSchedules(pole).extract().path("currentSchedules[0].lines.granted");
                assertTrue(granted.stream().map(BigDecimal::new).anyMatch(g -> g.signum() > 0), pole + " is funded: " + granted);
                assertTrue(granted.stream().map(BigDecimal::new).allMatch(g -> g.compareTo(new BigDecimal("400000.00")) <= 0),
                        pole + ": " + granted);
            });
            List<Object> projects = given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("FUNDING_READER"))
                    .get("/api/v1/dossiers/{id}/pole-projects", summary.dossiers().get(pole)).then().statusCode(200).extract().path("$");
            assertTrue(projects.size() >= 2 && projects.size() <= 3, pole + " has its projects: " + projects.size());
        }
    }

    @Test
    void the_supported_draft_has_its_preparation_schedule() {
        currentSchedules("aeronautique").body("currentSchedules.scheme", equalTo(List.of("CLUSTER_PREPARATION")))
                .body("preparationSupport.start", equalTo("2027-01-01"));
        assertEquals("DRAFT", status(summary.dossiers().get("aeronautique")));
    }

    static ValidatableResponse currentSchedules(String key) {
        return given().baseUri(funding.baseUrl()).auth().oauth2(SystemUnderTest.token("FUNDING_READER"))
                .get("/api/v1/funding-files/{id}", summary.dossiers().get(key)).then().statusCode(200);
    }

    @Test
    void a_second_run_finds_everything_and_creates_nothing() {
        long organisations = total("/api/v1/organisations");
        long dossiers = total("/api/v1/dossiers");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoLoader.Summary again = loader(new PrintStream(out, true, StandardCharsets.UTF_8)).load();
        assertEquals(summary.dossiers(), again.dossiers());
        assertEquals(organisations, total("/api/v1/organisations"));
        assertEquals(dossiers, total("/api/v1/dossiers"));
        assertEquals(17, again.schedules());
        assertEquals(15, again.poleProjects());
        for (String key : List.of("biowin", "skywin", "logistics-pole")) {
            long projects = data.dossiers().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow().poleProjects().size();
            List<Object> approved = given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION"))
                    .get("/api/v1/dossiers/{id}/pole-projects", summary.dossiers().get(key)).then().statusCode(200).extract().path("$");
            assertEquals(projects, approved.size(), key + ": no project approved twice");
        }
    }

    static String status(UUID id) {
        return given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE")).get("/api/v1/dossiers/{id}", id)
                .then().statusCode(200).extract().path("status");
    }

    static long total(String path) {
        Number n = given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE")).queryParam("size", 1).get(path)
                .then().statusCode(200).extract().path("totalItems");
        return n.longValue();
    }
}
