package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.PreparationSupportEndedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportGrantedV1;
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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Preparation support from the draft stage (000 III.2 "aides à la formalisation par animateurs"), limited in time, and
 * ended with the decision or the withdrawal that stops it, announced through the outbox (PreparationSupportEnded).
 */
@QuarkusTest
@TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
class PreparationSupportLifecycleApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The registry's clock runs in Brussels. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    private static String window(LocalDate start, LocalDate end) {
        return "{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(start, end);
    }

    private List<KafkaTestClient.Received> eventsOf(String id, Predicate<List<KafkaTestClient.Received>> until) {
        return kafka.readUntil(Topics.REGISTRY_EVENTS, r -> until.test(r.stream().filter(m -> TestDossiers.eventOf(id, m)).toList()), WAIT)
                .stream().filter(m -> TestDossiers.eventOf(id, m)).toList();
    }

    private static Predicate<List<KafkaTestClient.Received>> has(String type) {
        return r -> r.stream().anyMatch(m -> m.event().type().equals(type));
    }

    @Test
    void a_draft_gets_preparation_support_and_the_event_names_its_core_group() {
        String core = TestDossiers.applicantOrganisation();
        String id = TestDossiers.completeDossier(); // a draft entered at volet VALIDATION, its animateur post stated
        given().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("DRAFT"));
        given().contentType(ContentType.JSON).body(window(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200)
                .body("endDate", equalTo("2027-12-31")).body("lastFundedDay", equalTo("2027-12-31")).body("endReason", nullValue());
        given().get("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200)
                .body("startDate", equalTo("2027-01-01")).body("lastFundedDay", equalTo("2027-12-31")).body("endReason", nullValue());

        List<KafkaTestClient.Received> events = eventsOf(id, has(EventCatalog.PREPARATION_SUPPORT_GRANTED.name()));
        assertThat(events).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        PreparationSupportGrantedV1 granted = EventCodec.payload(events.stream()
                .filter(m -> m.event().type().equals(EventCatalog.PREPARATION_SUPPORT_GRANTED.name())).findFirst().orElseThrow().event(),
                EventCatalog.PREPARATION_SUPPORT_GRANTED);
        assertThat(granted.coreGroupOrganisationIds()).containsExactly(UUID.fromString(core));
        assertThat(granted.coreGroupEnterpriseNumbers()).singleElement().asString().matches("\\d{4}\\.\\d{3}\\.\\d{3}");
        assertThat(granted.startDate()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void a_draft_entered_at_mise_en_oeuvre_is_past_preparing() {
        TestDossiers.applicantOrganisation();
        String id = given().contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER.replace("\"VALIDATION\"", "\"MISE_EN_OEUVRE\""))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        TestDossiers.putAnimatorPost(id, TestDossiers.applicantOrganisation());
        given().contentType(ContentType.JSON).body(window(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(409).body("code", equalTo("NOT_IN_VALIDATION_PHASE"));
    }

    @Test
    void a_window_longer_than_twelve_months_is_refused_and_nothing_is_stored() {
        String id = TestDossiers.completeDossier();
        given().contentType(ContentType.JSON).body(window(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("PREPARATION_WINDOW_TOO_LONG"))
                .body("errors[0].field", equalTo("endDate"))
                .body("detail", containsString("au plus 12 mois")).body("detail", containsString("2027-12-31"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(window(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(400)
                .body("detail", equalTo("Preparation support lasts at most 12 months: the last possible day is 2027-12-31"));
        // nothing stored, nothing announced
        given().get("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/dossiers/{id}/audit", id).then().body("action", not(hasItem("PREPARATION_SUPPORT_GRANTED")));

        // twelve months to the day are allowed: then exactly one support was announced, the allowed one
        given().contentType(ContentType.JSON).body(window(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200);
        List<KafkaTestClient.Received> granted = eventsOf(id, has(EventCatalog.PREPARATION_SUPPORT_GRANTED.name())).stream()
                .filter(m -> m.event().type().equals(EventCatalog.PREPARATION_SUPPORT_GRANTED.name())).toList();
        assertThat(granted).hasSize(1);
        assertThat(EventCodec.payload(granted.get(0).event(), EventCatalog.PREPARATION_SUPPORT_GRANTED).endDate())
                .isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void a_rejection_ends_the_running_support_on_the_decision_day() {
        String id = new DecisionApiTest().dossierWithOpinion("UNFAVOURABLE", true);
        given().contentType(ContentType.JSON).body(window(TODAY.minusDays(30), TODAY.plusDays(200)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id)).body("{\"outcome\": \"REJECTED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200).body("dossier.status", equalTo("REJECTED"));

        given().get("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200)
                .body("endDate", equalTo(TODAY.plusDays(200).toString()))
                .body("lastFundedDay", equalTo(TODAY.toString()))
                .body("endReason", equalTo("DOSSIER_REJECTED")).body("endedBy", equalTo("region-1"));
        given().get("/api/v1/dossiers/{id}/audit", id).then()
                .body("find { it.action == 'PREPARATION_SUPPORT_ENDED' }.reason", equalTo("DOSSIER_REJECTED"))
                .body("find { it.action == 'PREPARATION_SUPPORT_ENDED' }.actor", equalTo("region-1"));

        List<KafkaTestClient.Received> events = eventsOf(id, has(EventCatalog.PREPARATION_SUPPORT_ENDED.name()));
        assertThat(events).extracting(m -> m.event().type()).containsSubsequence(EventCatalog.PREPARATION_SUPPORT_GRANTED.name(),
                EventCatalog.DOSSIER_DECIDED.name(), EventCatalog.PREPARATION_SUPPORT_ENDED.name());
        assertThat(events).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        PreparationSupportEndedV1 ended = ended(events);
        assertThat(ended.endDate()).isEqualTo(TODAY);
        assertThat(ended.reason()).isEqualTo("DOSSIER_REJECTED");
        assertThat(ended.dossierId()).hasToString(id);
    }

    @Test
    void a_withdrawal_ends_the_running_support_and_a_support_already_over_is_left_as_it_was() {
        String draft = TestDossiers.completeDossier();
        given().contentType(ContentType.JSON).body(window(TODAY.minusDays(10), TODAY.plusDays(100)))
                .post("/api/v1/dossiers/{id}/preparation-support", draft).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(draft)).body("{\"reason\": \"Le partenariat s'arrête\"}")
                .post("/api/v1/dossiers/{id}/withdrawal", draft).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().get("/api/v1/dossiers/{id}/preparation-support", draft).then()
                .body("lastFundedDay", equalTo(TODAY.toString())).body("endReason", equalTo("DOSSIER_WITHDRAWN"))
                .body("endedBy", equalTo("region-1"));
        PreparationSupportEndedV1 ended = ended(eventsOf(draft, has(EventCatalog.PREPARATION_SUPPORT_ENDED.name())));
        assertThat(ended.endDate()).isEqualTo(TODAY);
        assertThat(ended.reason()).isEqualTo("DOSSIER_WITHDRAWN");

        // a support whose last day is past: the withdrawal changes nothing of it, and announces no end
        String submitted = TestDossiers.submittedDossier();
        given().contentType(ContentType.JSON).body(window(TODAY.minusDays(60), TODAY.minusDays(5)))
                .post("/api/v1/dossiers/{id}/preparation-support", submitted).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(submitted)).body("{\"reason\": \"retrait\"}")
                .post("/api/v1/dossiers/{id}/withdrawal", submitted).then().statusCode(200);
        given().get("/api/v1/dossiers/{id}/preparation-support", submitted).then()
                .body("lastFundedDay", equalTo(TODAY.minusDays(5).toString())).body("endReason", nullValue());
        List<KafkaTestClient.Received> events = eventsOf(submitted, has(EventCatalog.DOSSIER_WITHDRAWN.name()));
        assertThat(events).extracting(m -> m.event().type()).doesNotContain(EventCatalog.PREPARATION_SUPPORT_ENDED.name());
    }

    @Test
    void the_agrement_start_ends_the_support_the_day_before_and_the_end_is_announced_before_the_agrement() {
        String id = new DecisionApiTest().dossierWithOpinion("FAVOURABLE", true);
        given().contentType(ContentType.JSON).body(window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200);
        // an agrément from 1 March 2025 ends on 29 February 2028 (domain.md §5)
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id))
                .body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"2025-03-01\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200)
                .body("agrement.start", equalTo("2025-03-01")).body("agrement.end", equalTo("2028-02-29"));

        given().get("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(200)
                .body("endDate", equalTo("2025-12-31"))
                .body("lastFundedDay", equalTo("2025-02-28"))
                .body("endReason", equalTo("AGREMENT_STARTED"));

        List<KafkaTestClient.Received> events = eventsOf(id, has(EventCatalog.AGREMENT_GRANTED.name()));
        assertThat(events).extracting(m -> m.event().type()).containsExactly(EventCatalog.DOSSIER_SUBMITTED.name(),
                EventCatalog.PREPARATION_SUPPORT_GRANTED.name(), EventCatalog.DOSSIER_DECIDED.name(),
                EventCatalog.PREPARATION_SUPPORT_ENDED.name(), EventCatalog.AGREMENT_GRANTED.name());
        assertThat(events).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        PreparationSupportEndedV1 ended = ended(events);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ended.reason()).isEqualTo("AGREMENT_STARTED");
        assertThat(EventCodec.payload(events.get(4).event(), EventCatalog.AGREMENT_GRANTED).endDate()).isEqualTo(LocalDate.of(2028, 2, 29));

        // a validated cluster is funded by its agrément: no more preparation support
        given().contentType(ContentType.JSON).body(window(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 12, 31)))
                .post("/api/v1/dossiers/{id}/preparation-support", id).then().statusCode(409);
    }

    private static PreparationSupportEndedV1 ended(List<KafkaTestClient.Received> events) {
        List<KafkaTestClient.Received> ended = events.stream()
                .filter(m -> m.event().type().equals(EventCatalog.PREPARATION_SUPPORT_ENDED.name())).toList();
        assertThat(ended).hasSize(1);
        return EventCodec.payload(ended.get(0).event(), EventCatalog.PREPARATION_SUPPORT_ENDED);
    }
}
