package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.registry.AgrementRenewedV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.registry.application.port.in.ExpireAgrementsUseCase;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Renewal of the agrément: a new evaluation round whose validation starts the next period; the opinion arrives by event. */
@QuarkusTest
class RenewalApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    @Inject
    ExpireAgrementsUseCase expiry;

    static String etag(String id) {
        return given().get("/api/v1/dossiers/{id}", id).then().extract().header("ETag");
    }

    /** A validated cluster whose first agrément starts on that day. */
    static String validatedCluster(String agrementStart) {
        String id = new DecisionApiTest().dossierWithOpinion("FAVOURABLE", true);
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"%s\"}".formatted(agrementStart))
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200).body("agrement.periodNumber", equalTo(1));
        return id;
    }

    /** The Comité opens the round of that snapshot and issues its opinion, by events. */
    void opinionByEvent(String id, int snapshotVersion, String opinion) {
        UUID dossier = UUID.fromString(id);
        UUID caseId = UUID.randomUUID();
        kafka.send(Topics.EVALUATION_EVENTS, id, EventCodec.write(EventCodec.envelope(EventCatalog.EVALUATION_OPENED,
                "/evaluation-service", id, new EvaluationOpenedV1(caseId, dossier, snapshotVersion, 1, OffsetDateTime.now(ZoneOffset.UTC)))));
        kafka.send(Topics.EVALUATION_EVENTS, id, EventCodec.write(EventCodec.envelope(EventCatalog.OPINION_ISSUED, "/evaluation-service",
                id, new OpinionIssuedV1(UUID.randomUUID(), caseId, dossier, snapshotVersion, 1, opinion,
                        List.of(new OpinionIssuedV1.Finding("CRITICAL_MASS", !opinion.equals("UNFAVOURABLE"), new BigDecimal("3.67"),
                                "Masse critique confirmée", null)), List.of(), "criteria-1", OffsetDateTime.now(ZoneOffset.UTC)))));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/dossiers/{id}", id).then()
                .body("status", equalTo("OPINION_RECEIVED")).body("snapshotVersion", equalTo(snapshotVersion)));
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void a_validated_renewal_starts_the_next_period_the_day_after_the_current_one_and_tells_funding() {
        String id = validatedCluster("2027-01-01");
        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/renewal", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("snapshotVersion", equalTo(2));
        // the current agrément stays in force during the new evaluation
        given().get("/api/v1/dossiers/{id}/agrements", id).then().body("$", hasSize(1)).body("[0].status", equalTo("ACTIVE"));

        opinionByEvent(id, 2, "FAVOURABLE");
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"2040-01-01\"}") // ignored for a renewal
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200)
                .body("dossier.status", equalTo("VALIDATED"))
                .body("agrement.periodNumber", equalTo(2))
                .body("agrement.start", equalTo("2030-01-01"))
                .body("agrement.end", equalTo("2032-12-31"));
        given().get("/api/v1/dossiers/{id}/agrements", id).then().body("$", hasSize(2))
                .body("[0].periodNumber", equalTo(1)).body("[0].status", equalTo("RENEWED"))
                .body("[1].periodNumber", equalTo(2)).body("[1].status", equalTo("ACTIVE"));
        given().get("/api/v1/dossiers/{id}/audit", id).then().body("action", hasItem("AGREMENT_RENEWED"))
                .body("find { it.action == 'STATUS_CHANGED' && it.detail == 'VALIDATED → SUBMITTED' }.actor", equalTo("region-1"));

        List<KafkaTestClient.Received> events = kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().anyMatch(m -> TestDossiers.eventOf(id, m)
                && m.event().type().equals(EventCatalog.AGREMENT_RENEWED.name())), WAIT).stream().filter(m -> TestDossiers.eventOf(id, m)).toList();
        assertThat(events).extracting(m -> m.event().type()).containsExactly(EventCatalog.DOSSIER_SUBMITTED.name(),
                EventCatalog.DOSSIER_DECIDED.name(), EventCatalog.AGREMENT_GRANTED.name(), EventCatalog.DOSSIER_SUBMITTED.name(),
                EventCatalog.DOSSIER_DECIDED.name(), EventCatalog.AGREMENT_RENEWED.name());
        assertThat(events).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        DossierSubmittedV1 resubmitted = EventCodec.payload(events.get(3).event(), EventCatalog.DOSSIER_SUBMITTED);
        assertThat(resubmitted.snapshotVersion()).isEqualTo(2);
        AgrementRenewedV1 renewed = EventCodec.payload(events.get(5).event(), EventCatalog.AGREMENT_RENEWED);
        UUID first = EventCodec.payload(events.get(2).event(), EventCatalog.AGREMENT_GRANTED).agrementId();
        assertThat(renewed.previousAgrementId()).isEqualTo(first);
        assertThat(renewed.periodNumber()).isEqualTo(2);
        assertThat(renewed.startDate()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(renewed.endDate()).isEqualTo(LocalDate.of(2032, 12, 31));
        assertThat(renewed.scheme()).isEqualTo("ECONOMIC_CLUSTER");
        assertThat(renewed.beneficiary().name()).isEqualTo("Cluster Bois ASBL");
        assertThat(renewed.animator().yearlyCost()).isEqualByComparingTo("95000.00");
        assertThat(renewed.privateContributions()).isEqualByComparingTo("30000.00");
        assertThat(renewed.eligibleYearlyCosts()).isEqualTo(new java.math.BigDecimal("95000.00"));
        assertThat(renewed.coreGroupOrganisationIds()).hasSize(1);
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void a_rejected_renewal_leaves_the_current_agrement_to_expire() {
        String id = validatedCluster("2027-01-01");
        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/renewal", id).then().statusCode(200);
        opinionByEvent(id, 2, "UNFAVOURABLE");
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"REJECTED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200)
                .body("dossier.status", equalTo("REJECTED"));
        given().get("/api/v1/dossiers/{id}/agrements", id).then().body("$", hasSize(1))
                .body("[0].status", equalTo("ACTIVE")).body("[0].end", equalTo("2029-12-31"));
        // still recognised publicly until its agrément ends
        given().queryParam("size", 100).queryParam("q", "Cluster Bois").get("/api/v1/public/clusters").then().statusCode(200)
                .body("items.dossierId", hasItem(id));
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void after_a_rejected_renewal_the_agrement_in_force_still_carries_costs_follow_up_and_the_label() {
        int year = LocalDate.now().getYear();
        String id = validatedCluster((year - 1) + "-01-01");
        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/renewal", id).then().statusCode(200);
        opinionByEvent(id, 2, "UNFAVOURABLE");
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"REJECTED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200).body("dossier.status", equalTo("REJECTED"));

        // the period still running: costs, follow-up and the flagship label go on
        given().contentType(ContentType.JSON).body("{\"budgetYear\": %d, \"eligibleCosts\": 78000.00}".formatted(year))
                .post("/api/v1/dossiers/{id}/animator-costs", id).then().statusCode(200).body("budgetYear", equalTo(year));
        given().contentType(ContentType.JSON)
                .body(FollowUpApiTest.report(year - 1, FollowUpApiTest.indicators(1, "12")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", id).then()
                .statusCode(204);
        given().queryParam("size", 100).get("/api/v1/public/clusters").then().statusCode(200).body("items.dossierId", hasItem(id));
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void the_public_register_shows_the_period_covering_today_and_the_members_the_agrement_was_granted_on() {
        int year = LocalDate.now().getYear();
        String id = validatedCluster((year - 1) + "-01-01");
        String name = "Cluster Registre " + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", name)).put("/api/v1/dossiers/{id}", id)
                .then().statusCode(200);
        given().queryParam("q", name).get("/api/v1/public/clusters").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].agrementPeriod", equalTo(1)).body("items[0].membersCount", equalTo(3));
        // the renewal is granted: the next period starts after the current one, which stays the one shown until it ends
        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/renewal", id).then().statusCode(200);
        opinionByEvent(id, 2, "FAVOURABLE");
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200).body("agrement.periodNumber", equalTo(2))
                .body("agrement.start", equalTo((year + 2) + "-01-01"));
        given().queryParam("q", name).get("/api/v1/public/clusters").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].agrementPeriod", equalTo(1))
                .body("items[0].agrementStart", equalTo((year - 1) + "-01-01"))
                .body("items[0].agrementEnd", equalTo((year + 1) + "-12-31"))
                .body("items[0].membersCount", equalTo(3));
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void renewal_needs_a_validated_cluster_an_agrement_in_force_and_a_current_if_match() {
        String draft = DossierApiTest.createDossier();
        given().header("If-Match", "\"0\"").post("/api/v1/dossiers/{id}/renewal", draft).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/renewal-refused"))
                .body("code", equalTo("NOT_VALIDATED"));
        given().get("/api/v1/dossiers/{id}", draft).then().body("status", equalTo("DRAFT")).body("snapshotVersion", equalTo(0));

        String id = validatedCluster("2027-01-01");
        given().post("/api/v1/dossiers/{id}/renewal", id).then().statusCode(428);
        given().header("If-Match", "\"0\"").post("/api/v1/dossiers/{id}/renewal", id).then().statusCode(412)
                .header("ETag", etag(id));
        given().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("VALIDATED"));
        // a validated cluster is not "submitted" again as a first application
        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION_VALIDATED_TO_SUBMITTED"));

        String expired = validatedCluster("2020-01-01");
        assertThat(expiry.expireEndedAgrements()).isGreaterThanOrEqualTo(1);
        given().header("If-Match", etag(expired)).post("/api/v1/dossiers/{id}/renewal", expired).then().statusCode(409)
                .body("code", equalTo("NO_ACTIVE_AGREMENT"));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_does_not_ask_for_renewals() {
        given().header("If-Match", "\"0\"").post("/api/v1/dossiers/{id}/renewal", UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void an_applicant_may_ask_for_a_renewal_of_an_existing_dossier_only() {
        given().header("If-Match", "\"0\"").post("/api/v1/dossiers/{id}/renewal", UUID.randomUUID()).then().statusCode(404);
    }
}
