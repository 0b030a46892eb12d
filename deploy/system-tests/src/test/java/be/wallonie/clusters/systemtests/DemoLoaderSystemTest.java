package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.localstack.demo.DemoDataset;
import be.wallonie.clusters.localstack.demo.DemoLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo loader against the three packaged services: the whole demo goes through the real APIs and events, the public
 * register lists the sixteen validated clusters and poles, the drafts stay drafts, the funding service has built the
 * schedules of the validated ones by itself — and a second run changes nothing.
 */
class DemoLoaderSystemTest {

    static ServiceProcess registry;
    static ServiceProcess evaluation;
    static ServiceProcess funding;
    static DemoDataset data;
    static DemoLoader.Summary summary;

    @BeforeAll
    static void startServicesAndLoad() throws Exception {
        registry = SystemUnderTest.start(SystemUnderTest.spec("cluster-registry"), Map.of());
        evaluation = SystemUnderTest.start(SystemUnderTest.spec("evaluation-service"), Map.of());
        funding = SystemUnderTest.start(SystemUnderTest.spec("funding-service"), Map.of());
        data = DemoDataset.fromClasspath();
        summary = loader(System.out).load();
        System.out.println(summary.line());
    }

    static DemoLoader loader(PrintStream out) {
        return new DemoLoader(data, URI.create(registry.baseUrl()), URI.create(evaluation.baseUrl()), URI.create(funding.baseUrl()),
                Duration.ofSeconds(90), out);
    }

    @AfterAll
    static void stopServices() {
        for (ServiceProcess p : new ServiceProcess[] {registry, evaluation, funding}) {
            if (p != null) {
                p.close();
            }
        }
    }

    static Set<String> keys(String target) {
        return data.dossiers().stream().filter(d -> d.target().equals(target)).map(DemoDataset.Dossier::key).collect(Collectors.toSet());
    }

    @Test
    void the_summary_counts_what_the_dataset_holds() {
        assertEquals(225, summary.organisations());
        assertEquals(16, summary.validated());
        assertEquals(2, summary.submitted());
        assertEquals(4, summary.drafts());
        assertEquals(16, summary.schedules());
        assertEquals(22, summary.dossiers().size());
        assertTrue(summary.line().startsWith("Demo data: 225 organisations, 16 validated"), summary.line());
    }

    @Test
    void the_public_register_lists_the_sixteen_validated_clusters_and_poles() {
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
    void a_second_run_finds_everything_and_creates_nothing() {
        long organisations = total("/api/v1/organisations");
        long dossiers = total("/api/v1/dossiers");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoLoader.Summary again = loader(new PrintStream(out, true, StandardCharsets.UTF_8)).load();
        assertEquals(summary.dossiers(), again.dossiers());
        assertEquals(organisations, total("/api/v1/organisations"));
        assertEquals(dossiers, total("/api/v1/dossiers"));
        assertEquals(16, again.schedules());
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
