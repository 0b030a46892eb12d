package be.wallonie.clusters.registry.adapter;

import static be.wallonie.clusters.registry.adapter.TestDossiers.etag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.AccompaniedProjectChangedV1;
import be.wallonie.clusters.contracts.registry.AccompanimentActRecordedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Cellule's accompaniment log (issue #14): projects before any dossier, acts with corrections and cancellations,
 * search and CSV export, the project summary, the events; and the worklist of agréments ending.
 */
@QuarkusTest
class AccompanimentApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    private static final String PROJECTS = "/api/v1/accompanied-projects";
    private static final String ACTS = "/api/v1/accompaniment-acts";
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    static String project(String name, String organisation, LocalDate firstContact) {
        return """
                {"name": "%s", "organisationIds": ["%s"], "firstContactOn": "%s"}""".formatted(name, organisation, firstContact);
    }

    static String act(String project, String kind, LocalDate date, String organisation, String notes, int minutes) {
        return """
                {"projectId": "%s", "kind": "%s", "date": "%s", "organisationIds": ["%s"], "notes": %s, "minutesSpent": %d}"""
                .formatted(project, kind, date, organisation, notes, minutes);
    }

    @Test
    @TestSecurity(user = "cellule-acc", roles = {"CELLULE"})
    void a_project_is_accompanied_its_acts_searched_exported_corrected_cancelled_and_linked_to_the_dossier_it_became() {
        String org = TestDossiers.enterprise("Tissage du Hainaut SA", "7500");
        LocalDate firstContact = TODAY.minusDays(40);
        String projectId = given().contentType(ContentType.JSON).body(project("Filière lin textile", org, firstContact))
                .post(PROJECTS).then().statusCode(201).header("ETag", "\"1\"")
                .body("status", equalTo("OPEN")).body("officer", equalTo("cellule-acc")).body("version", equalTo(1))
                .extract().path("id");

        // a note with the separator, quotes and accents
        String tricky = "Réunion ; le \\\"noyau dur\\\" est d'accord";
        String meeting = given().contentType(ContentType.JSON)
                .body(act(projectId, "MEETING", TODAY.minusDays(30), org, "\"" + tricky + "\"", 90))
                .post(ACTS).then().statusCode(201).header("ETag", "\"1\"")
                .body("kindLabel", equalTo("Rencontre")).body("version", equalTo(1)).body("cancelled", equalTo(false))
                .extract().path("id");
        String search = given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(act(projectId, "PARTNER_SEARCH", TODAY.minusDays(10), org, "\"Vingt cibles, liste courte de cinq\"", 120))
                .post(ACTS).then().statusCode(201).body("kindLabel", equalTo("Partner search")).extract().path("id");

        // search: by project (latest day first), kind, accent-insensitive text, organisation, dates, officer
        given().queryParam("project", projectId).get(ACTS).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(search, meeting)));
        given().queryParam("project", projectId).queryParam("kind", "MEETING").get(ACTS).then().body("items.id", equalTo(List.of(meeting)));
        given().queryParam("project", projectId).queryParam("text", "REUNION").get(ACTS).then().body("items.id", equalTo(List.of(meeting)));
        given().queryParam("organisation", org).get(ACTS).then().body("total", equalTo(2));
        given().queryParam("project", projectId).queryParam("from", TODAY.minusDays(20).toString())
                .queryParam("to", TODAY.toString()).get(ACTS).then().body("items.id", equalTo(List.of(search)));
        given().queryParam("project", projectId).queryParam("officer", "someone-else").get(ACTS).then().body("total", equalTo(0));
        given().queryParam("project", projectId).queryParam("size", 1).queryParam("page", 1).get(ACTS).then()
                .body("items.id", equalTo(List.of(meeting))).body("total", equalTo(2));
        given().queryParam("kind", "LOBBYING").get(ACTS).then().statusCode(400).body("errors.field", equalTo(List.of("kind")));

        // CSV: ';' separator, decimal comma, CRLF, RFC 4180 quoting, UTF-8
        byte[] bytes = given().accept("text/csv").queryParam("project", projectId).get(ACTS).then().statusCode(200)
                .contentType("text/csv").extract().asByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(4); // header, two acts, and the empty remainder after the last CRLF
        assertThat(lines[0]).startsWith("act_id;version;project_id;dossier_id;kind;kind_label;date;");
        assertThat(lines[1]).startsWith(search + ";1;" + projectId + ";;PARTNER_SEARCH;Recherche de partenaires;");
        assertThat(lines[1]).contains(";120;2,00;Vingt cibles, liste courte de cinq;");
        assertThat(lines[2]).contains(";90;1,50;\"Réunion ; le \"\"noyau dur\"\" est d'accord\";");
        assertThat(csv.chars().filter(c -> c == '\n').count()).isEqualTo(csv.split("\r\n", -1).length - 1L);
        assertThat(bytes).containsSequence("Réunion".getBytes(StandardCharsets.UTF_8));

        // corrections: If-Match, a reason; the earlier version is kept
        String correction = act(projectId, "MEETING", TODAY.minusDays(30), org, "\"Réunion corrigée\"", 60)
                .replace("}", ", \"correctionReason\": \"Durée réelle : une heure\"}");
        given().contentType(ContentType.JSON).body(correction).put(ACTS + "/{id}", meeting).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(correction).put(ACTS + "/{id}", meeting).then()
                .statusCode(412).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(correction.replace("Durée réelle : une heure", " "))
                .put(ACTS + "/{id}", meeting).then().statusCode(400).body("errors.field", equalTo(List.of("correctionReason")));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(correction).put(ACTS + "/{id}", meeting).then()
                .statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2)).body("minutesSpent", equalTo(60))
                .body("correctionReason", equalTo("Durée réelle : une heure")).body("officer", equalTo("cellule-acc"));
        given().get(ACTS + "/{id}", meeting).then().statusCode(200).header("ETag", "\"2\"")
                .body("previousVersions.version", equalTo(List.of(1))).body("previousVersions[0].minutesSpent", equalTo(90));

        // a cancellation: kept, marked, no longer counted nor listed by default; then frozen
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"cancellationReason\": \"Saisi en double\"}")
                .put(ACTS + "/{id}", search).then().statusCode(200).body("cancelled", equalTo(true)).body("version", equalTo(2))
                .body("cancellationReason", equalTo("Saisi en double"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(correction).put(ACTS + "/{id}", search).then()
                .statusCode(409).body("code", equalTo("ACT_CANCELLED"));
        given().queryParam("project", projectId).get(ACTS).then().body("items.id", equalTo(List.of(meeting)));
        given().queryParam("project", projectId).queryParam("includeCancelled", true).get(ACTS).then().body("total", equalTo(2));

        // the project becomes a submitted dossier; the summary counts the live acts and the days to the submission
        String dossier = TestDossiers.submittedDossier();
        String linked = "{\"name\": \"Filière lin textile\", \"organisationIds\": [\"%s\"], \"firstContactOn\": \"%s\", "
                + "\"status\": \"BECAME_DOSSIER\", \"dossierId\": \"%s\"}";
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(linked.formatted(org, firstContact, dossier))
                .put(PROJECTS + "/{id}", projectId).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("BECAME_DOSSIER")).body("dossierId", equalTo(dossier));
        given().get(PROJECTS + "/{id}", projectId).then().statusCode(200)
                .body("summary.actsCount", equalTo(1)).body("summary.totalMinutes", equalTo(60))
                .body("summary.totalHours", equalTo(1.0f))
                .body("summary.firstContactOn", equalTo(firstContact.toString()))
                .body("summary.dossierFirstSubmittedOn", equalTo(TODAY.toString()))
                .body("summary.daysFromFirstContactToSubmission", equalTo((int) ChronoUnit.DAYS.between(firstContact, TODAY)));
        // an act on both the project and the dossier it became; not with another dossier
        given().contentType(ContentType.JSON).body(act(projectId, "FORMALISATION_HELP", TODAY, org, "null", 30)
                .replace("}", ", \"dossierId\": \"" + dossier + "\"}")).post(ACTS).then().statusCode(201);
        given().queryParam("dossier", dossier).get(ACTS).then().body("total", equalTo(1));

        // a dossier comes from one project only: refused, nothing changed
        String other = given().contentType(ContentType.JSON).body(project("Autre projet", org, firstContact)).post(PROJECTS).then()
                .statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(linked.formatted(org, firstContact, dossier))
                .put(PROJECTS + "/{id}", other).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DOSSIER_ALREADY_LINKED"));
        given().get(PROJECTS + "/{id}", other).then().header("ETag", "\"1\"").body("status", equalTo("OPEN")).body("dossierId", nullValue());
        given().queryParam("organisation", org).queryParam("status", "BECAME_DOSSIER").get(PROJECTS).then()
                .body("items.id", equalTo(List.of(projectId)));
        given().queryParam("text", "filiere lin").get(PROJECTS).then().body("items.id", hasItems(projectId));

        // events: once per change, with the right fields, valid against the schemas
        List<KafkaTestClient.Received> all = kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().filter(m -> projectId.equals(m.key()))
                .count() >= 7, WAIT);
        List<AccompaniedProjectChangedV1> projectEvents = all.stream().filter(m -> projectId.equals(m.key())
                && m.event().type().equals(EventCatalog.ACCOMPANIED_PROJECT_CHANGED.name()))
                .peek(m -> assertThat(EventSchemas.violations(m.event())).isEmpty())
                .map(m -> EventCodec.payload(m.event(), EventCatalog.ACCOMPANIED_PROJECT_CHANGED)).toList();
        assertThat(projectEvents).extracting(AccompaniedProjectChangedV1::version).containsExactly(1, 2);
        assertThat(projectEvents.get(0).status()).isEqualTo("OPEN");
        assertThat(projectEvents.get(0).dossierId()).isNull();
        assertThat(projectEvents.get(1).status()).isEqualTo("BECAME_DOSSIER");
        assertThat(projectEvents.get(1).dossierId()).hasToString(dossier);
        assertThat(projectEvents.get(1).firstContactOn()).isEqualTo(firstContact);
        List<AccompanimentActRecordedV1> actEvents = all.stream().filter(m -> projectId.equals(m.key())
                && m.event().type().equals(EventCatalog.ACCOMPANIMENT_ACT_RECORDED.name()))
                .peek(m -> assertThat(EventSchemas.violations(m.event())).isEmpty())
                .peek(m -> assertThat(m.value()).doesNotContain("noyau").doesNotContain(org))
                .map(m -> EventCodec.payload(m.event(), EventCatalog.ACCOMPANIMENT_ACT_RECORDED)).toList();
        // recorded ×2, corrected, cancelled, the act on both
        assertThat(actEvents).hasSize(5);
        Map<String, List<Integer>> minutesByAct = actEvents.stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.actId().toString(), java.util.LinkedHashMap::new,
                java.util.stream.Collectors.mapping(AccompanimentActRecordedV1::minutesSpent, java.util.stream.Collectors.toList())));
        assertThat(minutesByAct.get(meeting)).containsExactly(90, 60);
        assertThat(minutesByAct.get(search)).containsExactly(120, 120); // a cancellation: the last version, marked
        assertThat(actEvents.stream().filter(AccompanimentActRecordedV1::cancelled).map(e -> e.actId().toString()).toList())
                .containsExactly(search);
        AccompanimentActRecordedV1 first = actEvents.get(0);
        assertThat(first.kind()).isEqualTo("MEETING");
        assertThat(first.projectId()).hasToString(projectId);
        assertThat(first.dossierId()).isNull();
        assertThat(first.date()).isEqualTo(TODAY.minusDays(30));
        assertThat(first.organisationCount()).isEqualTo(1);
        assertThat(first.officer()).isEqualTo("cellule-acc");
        assertThat(actEvents.get(actEvents.size() - 1).dossierId()).hasToString(dossier);
    }

    @Test
    @TestSecurity(user = "cellule-refusals", roles = {"CELLULE"})
    void a_future_day_an_unknown_kind_and_zero_minutes_are_named_at_once_and_nothing_is_recorded() {
        String org = TestDossiers.enterprise("Bonneterie de Mouscron SRL", "7700");
        String projectId = given().contentType(ContentType.JSON).body(project("Bonneterie", org, TODAY)).post(PROJECTS).then()
                .statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(act(projectId, "LOBBYING", TODAY.plusDays(1), org, "null", 0)).post(ACTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("kind", "date", "minutesSpent")))
                .body("errors.find { it.field == 'date' }.message", equalTo("cannot be in the future"));
        given().contentType(ContentType.JSON).body(act(projectId, "MEETING", TODAY, org, "null", 1441)).post(ACTS).then()
                .statusCode(400).body("errors.field", equalTo(List.of("minutesSpent")));
        given().contentType(ContentType.JSON).body(act(projectId, "MEETING", TODAY, UUID.randomUUID().toString(), "null", 30))
                .post(ACTS).then().statusCode(400).body("errors.field", equalTo(List.of("organisationIds[0]")));
        given().contentType(ContentType.JSON).body("{\"kind\": \"MEETING\", \"date\": \"%s\", \"minutesSpent\": 30}".formatted(TODAY))
                .post(ACTS).then().statusCode(400).body("errors.field", equalTo(List.of("projectId", "dossierId")));
        given().contentType(ContentType.JSON).body(project("Futur", org, TODAY.plusDays(3))).post(PROJECTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("firstContactOn")));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(project("Bonneterie", org, TODAY)
                .replace("}", ", \"status\": \"ABANDONED\"}")).put(PROJECTS + "/{id}", projectId).then().statusCode(400)
                .body("errors.field", equalTo(List.of("abandonReason")));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(project("Bonneterie", org, TODAY)
                .replace("}", ", \"status\": \"BECAME_DOSSIER\", \"dossierId\": \"" + UUID.randomUUID() + "\"}"))
                .put(PROJECTS + "/{id}", projectId).then().statusCode(400).body("errors.field", equalTo(List.of("dossierId")));
        given().queryParam("project", projectId).queryParam("includeCancelled", true).get(ACTS).then().body("total", equalTo(0));
        given().get(PROJECTS + "/{id}", projectId).then().header("ETag", "\"1\"").body("summary.actsCount", equalTo(0))
                .body("summary.daysFromFirstContactToSubmission", nullValue());
        given().get(PROJECTS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://clusters.wallonie.be/problems/accompanied-project-not-found"));
    }

    @Test
    @TestSecurity(user = "region-acc", roles = {"REGION"})
    void the_region_reads_but_does_not_accompany_and_has_no_worklist() {
        given().get(ACTS).then().statusCode(200);
        given().get(PROJECTS).then().statusCode(200);
        given().contentType(ContentType.JSON).body(project("X", UUID.randomUUID().toString(), TODAY)).post(PROJECTS).then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(act(UUID.randomUUID().toString(), "MEETING", TODAY, UUID.randomUUID().toString(),
                "null", 30)).post(ACTS).then().statusCode(403);
        given().get("/api/v1/worklists/cellule/agrements-ending").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant-acc", roles = {"APPLICANT"}, attributes = @io.quarkus.test.security.SecurityAttribute(key = "org",
            value = TestDossiers.APPLICANT_ORG))
    void an_applicant_never_sees_the_accompaniment() {
        given().get(ACTS).then().statusCode(403);
        given().get(PROJECTS).then().statusCode(403);
        given().accept("text/csv").get(ACTS).then().statusCode(403);
        given().get(PROJECTS + "/{id}", UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "cellule-worklist", roles = {"REGION", "CELLULE"})
    void the_worklist_lists_the_agrements_ending_within_the_window_soonest_first_with_the_renewals_under_way() {
        // a 3-year agrément ending in about 2 months: inside the default 6, outside 1
        String soon = RenewalApiTest.validatedCluster(TODAY.minusYears(3).plusMonths(2).toString());
        String worklist = "/api/v1/worklists/cellule/agrements-ending";

        var page = given().queryParam("size", 100).get(worklist).then().statusCode(200)
                .body("months", equalTo(6)).body("from", equalTo(TODAY.toString()))
                .body("to", equalTo(TODAY.plusMonths(6).toString())).extract().jsonPath();
        assertThat(page.getList("items.dossierId", String.class)).contains(soon);
        assertThat(page.getList("items.end", String.class)).isSorted();
        Map<String, Object> s = page.getMap("items.find { it.dossierId == '" + soon + "' }");
        assertThat(s).containsEntry("end", TODAY.plusMonths(2).minusDays(1).toString()).containsEntry("periodNumber", 1)
                .containsEntry("renewalUnderWay", false).containsEntry("clusterName", "Cluster Bois-Construction")
                .containsEntry("dossierStatus", "VALIDATED");

        // once the cluster asks for its renewal, the worklist says so
        given().header("If-Match", etag(soon)).post("/api/v1/dossiers/{id}/renewal", soon).then().statusCode(200);
        Map<String, Object> renewing = given().queryParam("size", 100).get(worklist).then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.dossierId == '" + soon + "' }");
        assertThat(renewing).containsEntry("renewalUnderWay", true).containsEntry("dossierStatus", "SUBMITTED");

        List<String> within1 = given().queryParam("months", 1).queryParam("size", 100).get(worklist).then().statusCode(200)
                .body("to", equalTo(TODAY.plusMonths(1).toString())).extract().jsonPath().getList("items.dossierId", String.class);
        assertThat(within1).doesNotContain(soon);
        given().queryParam("months", 0).get(worklist).then().statusCode(400).body("errors.field", equalTo(List.of("months")));
    }
}
