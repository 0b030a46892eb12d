package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.funding.FundingScheduleComputedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The registry's events build the funding files and their schedules, end to end on the real broker and database. */
@QuarkusTest
@TestSecurity(user = "region-it", roles = "FUNDING_READER")
class FundingFileFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    private void awaitVersions(UUID dossierId, int count) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/funding-files/{id}/schedules", dossierId).then()
                .statusCode(200).body("$", hasSize(count)));
    }

    /** A marker cluster sent after other messages: once its schedule exists, the earlier messages were processed. */
    private void awaitEverythingBefore() {
        UUID marker = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, marker.toString(), RegistryEvents.granted(marker, UUID.randomUUID(), "ECONOMIC_CLUSTER",
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "100000.00", null));
        awaitVersions(marker, 1);
    }

    @Test
    void a_decision_produces_a_schedule_a_redelivery_changes_nothing_and_a_renewal_adds_the_next_period_at_its_rate() {
        UUID dossier = UUID.randomUUID();
        UUID agrement = UUID.randomUUID();
        String granted = RegistryEvents.granted(dossier, agrement, "ECONOMIC_CLUSTER", LocalDate.of(2025, 4, 1),
                LocalDate.of(2028, 3, 31), "200000.00", null);
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), granted);
        awaitVersions(dossier, 1);

        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[0].scheme", equalTo("CLUSTER_ANIMATOR"))
                .body("[0].version", equalTo(1))
                .body("[0].policyVersion", equalTo("defaults-1"))
                .body("[0].lines[0].budgetYear", equalTo(2025))
                .body("[0].lines[0].daysCovered", equalTo(275))
                .body("[0].lines[0].granted", equalTo("120547.95"))
                // 2026-01-01..03-31 closes agrément year 1: 160 000 − 120 547.95
                .body("[0].lines[1].granted", equalTo("39452.05"))
                .body("[0].lines[2].granted", equalTo("120547.95"))
                .body("[0].lines[5].budgetYear", equalTo(2028))
                .body("[0].lines[5].period", equalTo(1))
                .body("[0].totals.granted", equalTo("480000.00"));

        // the same message again, and the same agrément under another event id: no new version
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), granted);
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.granted(dossier, agrement, "ECONOMIC_CLUSTER",
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31), "200000.00", null));
        awaitEverythingBefore();
        awaitVersions(dossier, 1);

        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.renewed(dossier, UUID.randomUUID(), agrement, 2,
                LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31), "200000.00"));
        awaitVersions(dossier, 2);
        given().get("/api/v1/funding-files/{id}", dossier).then()
                .body("agrementPeriods", hasSize(2))
                .body("currentSchedules[0].version", equalTo(2))
                .body("currentSchedules[0].reason", equalTo("agrément renouvelé (période 2, 2028-04-01 – 2031-03-31)"))
                // 2028: 1 January – 31 March in period 1, then 1 April – 31 December in period 2 at 75 %
                .body("currentSchedules[0].lines[5].period", equalTo(1))
                .body("currentSchedules[0].lines[6].period", equalTo(2))
                .body("currentSchedules[0].lines[6].rate", equalTo("0.75"))
                .body("currentSchedules[0].lines[6].from", equalTo("2028-04-01"));

        List<KafkaTestClient.Received> announced = kafka.readUntil(Topics.FUNDING_EVENTS,
                r -> r.stream().filter(m -> m.key().equals(dossier.toString())).count() >= 2, WAIT).stream()
                .filter(m -> m.key().equals(dossier.toString())).toList();
        assertThat(announced).hasSize(2);
        assertThat(announced).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        List<FundingScheduleComputedV1> payloads = announced.stream()
                .map(m -> EventCodec.payload(m.event(), EventCatalog.FUNDING_SCHEDULE_COMPUTED)).toList();
        assertThat(payloads).extracting(FundingScheduleComputedV1::scheduleVersion).containsExactly(1, 2);
        assertThat(payloads.get(0).lines().get(0).granted()).isEqualByComparingTo(new BigDecimal("120547.95"));
        assertThat(payloads.get(1).totalGranted()).isGreaterThan(payloads.get(0).totalGranted());
    }

    @Test
    void costs_declared_before_the_agrement_are_kept_and_priced_when_it_arrives() {
        UUID dossier = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.costs(dossier, 2026, "100000.00"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/funding-files/{id}", dossier).then().statusCode(200)
                .body("declaredCosts.2026", equalTo("100000.00"))
                .body("currentSchedules", hasSize(0)));

        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.granted(dossier, UUID.randomUUID(), "ECONOMIC_CLUSTER",
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "200000.00", null));
        awaitVersions(dossier, 1);
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[0].lines[0].budgetYear", equalTo(2026))
                .body("[0].lines[0].eligibleCosts", equalTo("100000.00"))
                .body("[0].lines[0].granted", equalTo("100000.00"))
                .body("[0].lines[1].granted", equalTo("160000.00"));

        // a late correction of 2027 makes version 2, with the reason; the 2027 line shows what it was, and nothing else moves
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.costs(dossier, 2027, "90000.00"));
        awaitVersions(dossier, 2);
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[1].reason", equalTo("coûts déclarés pour 2027"))
                .body("[1].lines[1].granted", equalTo("90000.00"))
                .body("[1].lines[1].correction.previousGranted", equalTo("160000.00"))
                .body("[1].lines[1].correction.difference", equalTo("-70000.00"))
                .body("[1].lines[1].correction.reason", equalTo("coûts déclarés pour 2027"))
                .body("[1].lines[0].correction", org.hamcrest.Matchers.nullValue())
                .body("[1].lines[2].correction", org.hamcrest.Matchers.nullValue())
                .body("[1].lines[0].granted", equalTo("100000.00"))
                .body("[1].lines[2].granted", equalTo("160000.00"));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void a_late_cost_declaration_after_a_new_version_corrects_its_line_and_nothing_else_moves() {
        UUID dossier = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.granted(dossier, UUID.randomUUID(), "ECONOMIC_CLUSTER",
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "200000.00", null));
        awaitVersions(dossier, 1);
        // the Region publishes a new animateur version (170 000 €/year) while the agrément runs
        LocalDate effective = FundingSchemeApiTest.nextFreeDate("CLUSTER_ANIMATOR");
        given().contentType(io.restassured.http.ContentType.JSON)
                .body(FundingSchemeApiTest.animatorVersion(FundingSchemeApiTest.label(), effective, "170000.00", 3))
                .post(FundingSchemeApiTest.PATH + "/CLUSTER_ANIMATOR/versions").then().statusCode(201);
        // then 2026's real costs arrive: 150 000 € (2026 = agrément year 1, capped at 160 000 before: 150 000 now)
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.costs(dossier, 2026, "150000.00"));
        awaitVersions(dossier, 2);
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[1].lines", hasSize(3))
                .body("[1].lines[0].granted", equalTo("150000.00"))
                .body("[1].lines[0].correction.previousGranted", equalTo("160000.00"))
                .body("[1].lines[0].correction.difference", equalTo("-10000.00"))
                // the agrément started under defaults-1: the new version re-prices none of its lines
                .body("[1].lines.schemeVersion", org.hamcrest.Matchers.everyItem(equalTo("defaults-1")))
                .body("[1].lines[1].granted", equalTo("160000.00"))
                .body("[1].lines[1].correction", org.hamcrest.Matchers.nullValue())
                .body("[1].lines[2].granted", equalTo("160000.00"))
                .body("[1].lines[2].correction", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_grape_is_funded_as_a_grape_without_an_animateur_post() {
        UUID dossier = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        String grant = RegistryEvents.grantedWithoutPost(dossier, UUID.randomUUID(), "TECHNOLOGY_GRAPE", LocalDate.of(2028, 3, 1),
                LocalDate.of(2031, 2, 28), "30000.00", List.of(member));
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), grant);
        awaitVersions(dossier, 1);
        // 2 × 25 000 € (support years 2028-03-01..2029-02-28 and 2029-03-01..2030-02-28), not 49 942.74 €
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[0].scheme", equalTo("TECHNOLOGY_GRAPE"))
                .body("[0].totals.granted", equalTo("50000.00"))
                .body("[0].lines", hasSize(4))
                .body("[0].lines[3].to", equalTo("2030-02-28"));
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), grant);
        awaitEverythingBefore();
        awaitVersions(dossier, 1);
    }

    @Test
    void a_pole_is_funded_by_its_approved_projects_and_a_redelivered_project_changes_nothing() {
        UUID dossier = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.grantedWithoutPost(dossier, UUID.randomUUID(),
                "COMPETITIVENESS_POLE", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, List.of()));
        awaitVersions(dossier, 1);
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then().body("[0].totals.granted", equalTo("0.00"));

        String first = RegistryEvents.poleProject(dossier, UUID.randomUUID(), "R_AND_D", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), "600000.00", "200000.00");
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), first);
        awaitVersions(dossier, 2);
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.poleProject(dossier, UUID.randomUUID(), "TRAINING",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "100000.00", "0.00"));
        awaitVersions(dossier, 3);
        // 2026: (300 000 − 100 000) + 100 000 = 300 000; 2027: 300 000 − 100 000 = 200 000; 2028: nothing
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[2].lines[0].granted", equalTo("300000.00"))
                .body("[2].lines[1].granted", equalTo("200000.00"))
                .body("[2].lines[2].granted", equalTo("0.00"))
                .body("[2].totals.granted", equalTo("500000.00"));
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), first);
        awaitEverythingBefore();
        awaitVersions(dossier, 3);
    }

    @Test
    void a_withdrawn_dossier_ends_its_preparation_support() {
        UUID dossier = UUID.randomUUID();
        UUID support = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.preparation(dossier, support, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "80000.00"));
        awaitVersions(dossier, 1);
        String ended = RegistryEvents.supportEnded(dossier, support, LocalDate.of(2026, 6, 30), "DOSSIER_WITHDRAWN");
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), ended);
        awaitVersions(dossier, 2);
        // 181 days: eligible 80 000 × 181/365 = 39 671.23, × 50 % = 19 835.62 (cap 50 000 × 181/365 = 24 794.52)
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[1].lines", hasSize(1))
                .body("[1].lines[0].to", equalTo("2026-06-30"))
                .body("[1].lines[0].granted", equalTo("19835.62"))
                .body("[1].lines[0].correction.previousGranted", equalTo("40000.00"))
                .body("[1].reason", equalTo("aide à la préparation arrêtée le 2026-06-30 (dossier retiré)"));
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), ended);
        awaitEverythingBefore();
        awaitVersions(dossier, 2);
    }

    @Test
    void a_preparation_support_is_limited_in_time_and_an_early_expiry_cuts_the_agrement() {
        UUID dossier = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.preparation(dossier, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), "80000.00"));
        awaitVersions(dossier, 1);
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then()
                .body("[0].scheme", equalTo("CLUSTER_PREPARATION"))
                // 50 % of 80 000 €, for at most 12 months (the default policy), capped at 50 000 €/year
                .body("[0].lines", hasSize(1))
                .body("[0].lines[0].to", equalTo("2026-12-31"))
                .body("[0].lines[0].granted", equalTo("40000.00"));

        UUID agrement = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.granted(dossier, agrement, "ECONOMIC_CLUSTER",
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), "160000.00", null));
        awaitVersions(dossier, 2);
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.expired(dossier, agrement, LocalDate.of(2027, 12, 31)));
        awaitVersions(dossier, 3);
        given().get("/api/v1/funding-files/{id}", dossier).then()
                .body("agrementPeriods[0].expired", equalTo(true))
                .body("agrementPeriods[0].end", equalTo("2027-12-31"))
                .body("currentSchedules", hasSize(2))
                .body("currentSchedules[0].scheme", equalTo("CLUSTER_ANIMATOR"))
                .body("currentSchedules[0].lines", hasSize(1));
    }

    @Test
    void an_event_the_file_cannot_take_goes_to_the_dead_letter_topic_and_the_next_one_is_applied() {
        UUID dossier = UUID.randomUUID();
        kafka.send(Topics.REGISTRY_EVENTS, dossier.toString(), RegistryEvents.renewed(dossier, UUID.randomUUID(), UUID.randomUUID(), 2,
                LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31), "200000.00"));
        List<KafkaTestClient.Received> dead = kafka.readUntil(Topics.FUNDING_DLQ,
                r -> r.stream().anyMatch(m -> dossier.toString().equals(m.key())), WAIT);
        KafkaTestClient.Received letter = dead.stream().filter(m -> dossier.toString().equals(m.key())).findFirst().orElseThrow();
        assertThat(letter.headers().get("dead-letter-reason")).contains("has no agrément to renew");
        given().get("/api/v1/funding-files/{id}", dossier).then().statusCode(404);
        awaitEverythingBefore();
    }

    @Test
    void an_unknown_file_is_a_problem() {
        given().get("/api/v1/funding-files/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/funding-file-not-found"));
    }

    @Test
    @TestSecurity(user = "expert", roles = "EXPERT")
    void experts_do_not_read_funding_files() {
        given().get("/api/v1/funding-files/{id}", UUID.randomUUID()).then().statusCode(403);
    }
}
