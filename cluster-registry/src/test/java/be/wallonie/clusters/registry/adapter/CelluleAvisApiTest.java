package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.PanelComposedV1;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Cellule's avis on a submitted snapshot (#14 item 1): versions and If-Match, refusals, CelluleAvisIssued, the freeze
 * by PanelComposed (and a version written too late), the applicant's reading after the decision, the worklist.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CelluleAvisApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AVIS = "/api/v1/dossiers/{id}/snapshots/{version}/cellule-avis";
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    /** Built by the Cellule in the first test, read by the applicant in the last: one undecided, one decided. */
    private static String undecided;
    private static String decided;

    static String avis(String recommendation, String summary) {
        return """
                {"recommendation": "%s", "language": "fr",
                 "informationNote": "Six PME du bois engagées ; deux réunions d'accompagnement en 2026.",
                 "summary": "%s",
                 "criteria": [{"criterion": "CRITICAL_MASS", "assessment": "PARTLY_MET", "reason": "6 entreprises sur 8 annoncées"},
                              {"criterion": "BUSINESS_INITIATIVE", "assessment": "MET", "reason": "Initiative de deux PME"}]}"""
                .formatted(recommendation, summary);
    }

    private void panelComposed(String dossier, Integer avisVersion, int panelSize) {
        kafka.send(Topics.EVALUATION_EVENTS, dossier, EventCodec.write(EventCodec.envelope(EventCatalog.PANEL_COMPOSED,
                "/evaluation-service", dossier, new PanelComposedV1(UUID.randomUUID(), UUID.fromString(dossier), 1, panelSize,
                        avisVersion, OffsetDateTime.now(ZoneOffset.UTC)))));
    }

    /** The last page of the worklist, where the latest submission is (oldest first). */
    private static List<String> lastPageOfWorklist() {
        int total = given().queryParam("size", 1).get("/api/v1/worklists/cellule/awaiting-avis").then().statusCode(200)
                .extract().path("total");
        int size = 100;
        return given().queryParam("size", size).queryParam("page", Math.max(0, (total - 1) / size))
                .get("/api/v1/worklists/cellule/awaiting-avis").then().statusCode(200).extract().path("items.dossierId");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void the_cellule_writes_then_revises_its_avis_with_if_match_and_every_version_is_kept_audited_and_announced() {
        String id = TestDossiers.submittedDossier();
        undecided = id;
        given().get(AVIS, id, 1).then().statusCode(404).contentType("application/problem+json")
                .body("type", containsString("cellule-avis-not-found"));
        assertThat(lastPageOfWorklist()).contains(id);

        given().contentType(ContentType.JSON).body(avis("RESERVED", "Masse critique encore fragile"))
                .put(AVIS, id, 1).then().statusCode(201).header("ETag", "\"1\"").header("Location", containsString("/cellule-avis"))
                .body("version", equalTo(1)).body("recommendation", equalTo("RESERVED")).body("language", equalTo("fr"))
                .body("criteria.criterion", equalTo(List.of("CRITICAL_MASS", "BUSINESS_INITIATIVE")))
                .body("writtenBy", equalTo("cellule-1")).body("seenByComite", equalTo(true));
        String avisId = given().get(AVIS, id, 1).then().statusCode(200).header("ETag", "\"1\"")
                .body("comiteView", equalTo("OPEN")).body("frozen", nullValue()).extract().path("avis.avisId");

        // a revision needs If-Match, the current one
        String revised = avis("FAVOURABLE", "Masse critique confirmée après la réunion du 12 mars");
        given().contentType(ContentType.JSON).body(revised).put(AVIS, id, 1).then().statusCode(428)
                .contentType("application/problem+json").header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(revised).put(AVIS, id, 1).then().statusCode(412)
                .header("ETag", "\"1\"");
        // invalid: every offending field at once, in the caller's language; nothing written
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Accept-Language", "en").body("""
                {"recommendation": "MAYBE", "language": "de", "informationNote": "Note", "summary": " ",
                 "criteria": [{"criterion": "CRITICAL_MASS", "assessment": "MET", "reason": "ok"},
                              {"criterion": "CRITICAL_MASS", "assessment": "SO_SO", "reason": ""}]}""")
                .put(AVIS, id, 1).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Invalid Cellule avis"))
                .body("errors.field", hasItems("recommendation", "language", "summary", "criteria[1].criterion",
                        "criteria[1].assessment", "criteria[1].reason"));
        given().get(AVIS, id, 1).then().header("ETag", "\"1\"");

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(revised).put(AVIS, id, 1).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("avisId", equalTo(avisId))
                .body("recommendation", equalTo("FAVOURABLE"));
        given().get(AVIS + "/versions", id, 1).then().statusCode(200).header("ETag", "\"2\"")
                .body("currentVersion", equalTo(2))
                .body("versions.version", equalTo(List.of(1, 2)))
                .body("versions.recommendation", equalTo(List.of("RESERVED", "FAVOURABLE")))
                .body("versions.writtenBy", equalTo(List.of("cellule-1", "cellule-1")))
                .body("versions[0].summary", equalTo("Masse critique encore fragile"));
        given().get("/api/v1/dossiers/{id}/audit", id).then().statusCode(200)
                .body("action", hasItems("CELLULE_AVIS_WRITTEN", "CELLULE_AVIS_REVISED"))
                .body("find { it.action == 'CELLULE_AVIS_REVISED' }.actor", equalTo("cellule-1"));
        // a snapshot that does not exist
        given().contentType(ContentType.JSON).body(revised).put(AVIS, id, 7).then().statusCode(404);

        List<KafkaTestClient.Received> issued = kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().filter(m -> id.equals(m.key())
                && m.event().type().equals(EventCatalog.CELLULE_AVIS_ISSUED.name())).count() >= 2, WAIT).stream()
                .filter(m -> id.equals(m.key()) && m.event().type().equals(EventCatalog.CELLULE_AVIS_ISSUED.name())).toList();
        assertThat(issued).hasSize(2);
        assertThat(issued).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        CelluleAvisIssuedV1 first = EventCodec.payload(issued.get(0).event(), EventCatalog.CELLULE_AVIS_ISSUED);
        CelluleAvisIssuedV1 second = EventCodec.payload(issued.get(1).event(), EventCatalog.CELLULE_AVIS_ISSUED);
        assertThat(first.avisVersion()).isEqualTo(1);
        assertThat(first.recommendation()).isEqualTo("RESERVED");
        assertThat(first.criteria()).extracting(CelluleAvisIssuedV1.CriterionAvis::criterion)
                .containsExactly("CRITICAL_MASS", "BUSINESS_INITIATIVE");
        assertThat(second.avisVersion()).isEqualTo(2);
        assertThat(second.avisId()).isEqualTo(first.avisId()).hasToString(avisId);
        assertThat(second.snapshotVersion()).isEqualTo(1);
        assertThat(second.writtenBy()).isEqualTo("cellule-1");

        // the decided dossier for the applicant's test: an avis, the Comité's opinion, the Region's decision
        decided = TestDossiers.submittedDossier();
        given().contentType(ContentType.JSON).body(avis("UNFAVOURABLE", "Pas d'interrelations")).put(AVIS, decided, 1).then()
                .statusCode(201);
        new RenewalApiTest().opinionByEvent(decided, 1, "UNFAVOURABLE");
        // the opinion is in: the snapshot is no longer before the Comité
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(avis("RESERVED", "Trop tard")).put(AVIS, decided, 1)
                .then().statusCode(409).body("code", equalTo("NOT_UNDER_EVALUATION"));
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(decided)).body("{\"outcome\": \"REJECTED\"}")
                .post("/api/v1/dossiers/{id}/decision", decided).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "cellule-2", roles = "CELLULE")
    void once_the_panel_is_composed_the_avis_is_frozen_and_a_version_written_meanwhile_is_kept_as_not_seen_by_the_comite() {
        String id = TestDossiers.submittedDossier();
        given().contentType(ContentType.JSON).body(avis("RESERVED", "Première lecture")).put(AVIS, id, 1).then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(avis("FAVOURABLE", "Après la visite"))
                .put(AVIS, id, 1).then().statusCode(200);
        assertThat(lastPageOfWorklist()).contains(id);

        // the Comité composed the panel while version 2 was on its way: the panel reads version 1
        panelComposed(id, 1, 3);
        panelComposed(id, 1, 3); // redelivered
        panelComposed(id, 2, 3); // the panel recomposed later: the first composition stands
        await().atMost(WAIT).untilAsserted(() -> given().get(AVIS, id, 1).then().statusCode(200)
                .body("comiteView", equalTo("NOT_SEEN_BY_COMITE")));
        given().get(AVIS, id, 1).then().body("frozen.versionReadByComite", equalTo(1)).body("avis.version", equalTo(2))
                .body("avis.seenByComite", equalTo(false));
        given().get(AVIS + "/versions", id, 1).then().body("versions.seenByComite", equalTo(List.of(true, false)))
                .body("frozen.versionReadByComite", equalTo(1));

        // no more versions, whatever the If-Match; the problem names the freeze, in French or English
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(avis("UNFAVOURABLE", "Trop tard"))
                .put(AVIS, id, 1).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("FROZEN")).body("detail", containsString("figé"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").header("Accept-Language", "en")
                .body(avis("UNFAVOURABLE", "Too late")).put(AVIS, id, 1).then().statusCode(409)
                .body("code", equalTo("FROZEN")).body("detail", containsString("frozen"));
        given().get(AVIS + "/versions", id, 1).then().body("currentVersion", equalTo(2));
        given().get("/api/v1/dossiers/{id}/audit", id).then()
                .body("find { it.action == 'CELLULE_AVIS_FROZEN' }.detail", containsString("version 1"));
        assertThat(lastPageOfWorklist()).doesNotContain(id);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "cellule-2", roles = "CELLULE")
    void no_avis_on_a_draft_and_the_worklist_is_paginated() {
        String draft = TestDossiers.completeDossier();
        given().contentType(ContentType.JSON).body(avis("FAVOURABLE", "Trop tôt")).put(AVIS, draft, 1).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("NOT_SUBMITTED"));
        given().get("/api/v1/dossiers/{id}/audit", draft).then().body("action", not(hasItem("CELLULE_AVIS_WRITTEN")));
        given().queryParam("size", 0).get("/api/v1/worklists/cellule/awaiting-avis").then().statusCode(400);
        given().queryParam("size", 2).get("/api/v1/worklists/cellule/awaiting-avis").then().statusCode(200)
                .body("size", equalTo(2)).body("page", equalTo(0));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "region-2", roles = "REGION")
    void the_region_reads_the_avis_but_neither_writes_it_nor_reads_the_cellule_s_worklist() {
        given().get(AVIS, undecided, 1).then().statusCode(200).body("avis.version", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(avis("UNFAVOURABLE", "La Région"))
                .put(AVIS, undecided, 1).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/worklists/cellule/awaiting-avis").then().statusCode(403);
        given().get(AVIS + "/versions", undecided, 1).then().body("currentVersion", equalTo(2));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void the_applicant_reads_the_avis_only_after_the_region_s_decision() {
        given().get(AVIS, undecided, 1).then().statusCode(404).contentType("application/problem+json");
        given().get(AVIS + "/versions", undecided, 1).then().statusCode(404);
        given().get(AVIS, decided, 1).then().statusCode(200).body("avis.recommendation", equalTo("UNFAVOURABLE"))
                .body("avis.summary", equalTo("Pas d'interrelations"));
        given().contentType(ContentType.JSON).body(avis("FAVOURABLE", "Auto-évaluation")).put(AVIS, undecided, 1).then()
                .statusCode(403);
        given().get("/api/v1/worklists/cellule/awaiting-avis").then().statusCode(403);
    }
}
