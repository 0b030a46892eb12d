package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.composePanel;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.expert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.member;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.secretariat;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.signNoConflict;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.PanelComposedV1;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import be.wallonie.clusters.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Cellule's avis on the Comité's side (#14 item 1): received once whatever the redeliveries, older versions ignored,
 * shown to the panel beside the automatic assessment, frozen when the panel is composed (PanelComposed tells the
 * registry which version), a version arriving later kept but withheld from the panel.
 */
@QuarkusTest
class CelluleAvisCaseApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final ComiteFixtures fx = new ComiteFixtures();

    @Inject
    EntityManager em;

    private static String issued(UUID dossier, UUID avisId, int version, String recommendation) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.CELLULE_AVIS_ISSUED, "/cluster-registry", avisId.toString(),
                new CelluleAvisIssuedV1(avisId, dossier, 1, version, recommendation, "fr", "Note d'information " + version,
                        "Résumé de la version " + version, List.of(new CelluleAvisIssuedV1.CriterionAvis("CRITICAL_MASS", "PARTLY_MET",
                                "6 entreprises sur 8")), "cellule-1", OffsetDateTime.now(ZoneOffset.UTC))));
    }

    private long storedVersions(UUID dossier) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from cellule_avis where dossier_id = :d").setParameter("d", dossier).getSingleResult()).longValue());
    }

    @Test
    void the_panel_reads_the_avis_received_before_its_composition_beside_the_assessment_and_the_registry_is_told() {
        String domain = unique("bois");
        UUID dossier = UUID.randomUUID();
        UUID avisId = UUID.randomUUID();
        String caseId = fx.openCase(dossier, 1, domain, member(EnterpriseNumbers.fresh(), "Bois SA"));
        secretariat().get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().statusCode(404)
                .contentType("application/problem+json");

        String first = issued(dossier, avisId, 1, "RESERVED");
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), first);
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), first); // redelivered: applied once
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), issued(dossier, avisId, 2, "FAVOURABLE"));
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), issued(dossier, avisId, 1, "UNFAVOURABLE")); // older: ignored
        await().atMost(WAIT).untilAsserted(() -> secretariat().get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then()
                .statusCode(200).body("version", equalTo(2)));
        secretariat().get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().body("frozen", equalTo(false))
                .body("recommendation", equalTo("FAVOURABLE")).body("language", equalTo("fr"))
                .body("criteria[0].criterion", equalTo("CRITICAL_MASS")).body("receivedAfterPanelComposition", equalTo(0));

        ComitePanelApiTest.Team team = ComitePanelApiTest.Team.of(domain);
        composePanel(caseId, team.ids());
        List<KafkaTestClient.Received> composed = fx.kafka.readUntil(Topics.EVALUATION_EVENTS, r -> r.stream().anyMatch(m ->
                dossier.toString().equals(m.key()) && m.event().type().equals(EventCatalog.PANEL_COMPOSED.name())), WAIT).stream()
                .filter(m -> dossier.toString().equals(m.key()) && m.event().type().equals(EventCatalog.PANEL_COMPOSED.name())).toList();
        assertThat(composed).hasSize(1);
        assertThat(EventSchemas.violations(composed.get(0).event())).isEmpty();
        PanelComposedV1 event = EventCodec.payload(composed.get(0).event(), EventCatalog.PANEL_COMPOSED);
        assertThat(event.caseId()).hasToString(caseId);
        assertThat(event.snapshotVersion()).isEqualTo(1);
        assertThat(event.panelSize()).isEqualTo(3);
        assertThat(event.celluleAvisVersion()).isEqualTo(2);

        // version 3 arrives after the composition: kept, counted for the secretariat, never shown to the panel
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), issued(dossier, avisId, 3, "UNFAVOURABLE"));
        await().atMost(WAIT).untilAsserted(() -> secretariat().get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then()
                .statusCode(200).body("receivedAfterPanelComposition", equalTo(1)));
        secretariat().get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().body("version", equalTo(2))
                .body("frozen", equalTo(true));
        assertThat(storedVersions(dossier)).isEqualTo(3);

        // the experts: as for the assessment, seated and after the no-conflict declaration
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().statusCode(403);
        signNoConflict(caseId, team.domainUser());
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/assessment", caseId).then().statusCode(200);
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().statusCode(200)
                .body("version", equalTo(2)).body("recommendation", equalTo("FAVOURABLE"))
                .body("summary", equalTo("Résumé de la version 2")).body("$", not(hasKey("receivedAfterPanelComposition")));
        String stranger = unique("stranger");
        ComiteFixtures.registerExpert(stranger, "BE", domain, false, false, null);
        expert(stranger).get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().statusCode(404);
    }

    @Test
    void a_panel_composed_before_any_avis_freezes_none_and_a_late_avis_stays_hidden() {
        String domain = unique("textile");
        UUID dossier = UUID.randomUUID();
        String caseId = fx.openCase(dossier, 1, domain, member(EnterpriseNumbers.fresh(), "Tex SA"));
        composePanel(caseId, ComitePanelApiTest.Team.of(domain).ids());
        fx.kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), issued(dossier, UUID.randomUUID(), 1, "RESERVED"));
        await().atMost(WAIT).until(() -> storedVersions(dossier) == 1);
        secretariat().get("/api/v1/evaluation-cases/{id}/cellule-avis", caseId).then().statusCode(404);
        PanelComposedV1 event = fx.kafka.readUntil(Topics.EVALUATION_EVENTS, r -> r.stream().anyMatch(m -> dossier.toString()
                .equals(m.key()) && m.event().type().equals(EventCatalog.PANEL_COMPOSED.name())), WAIT).stream()
                .filter(m -> dossier.toString().equals(m.key()) && m.event().type().equals(EventCatalog.PANEL_COMPOSED.name()))
                .map(m -> EventCodec.payload(m.event(), EventCatalog.PANEL_COMPOSED)).findFirst().orElseThrow();
        assertThat(event.celluleAvisVersion()).isNull();
    }
}
