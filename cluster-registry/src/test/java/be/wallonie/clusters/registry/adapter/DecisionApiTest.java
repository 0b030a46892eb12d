package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import be.wallonie.clusters.contracts.registry.DossierDecidedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Comité's opinion arrives by event, the Region decides, a validation grants the agrément and tells funding. */
@QuarkusTest
class DecisionApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    String dossierWithOpinion(String opinion, boolean withAnimatorPost) {
        String org = OrganisationApiTest.create(OrganisationApiTest.sme("Cluster Bois ASBL", OrganisationApiTest.newEnterpriseNumber(),
                "5000")).path("id");
        // without an animateur post: a technology grape (completeness asks the post of economic clusters only)
        String id = TestDossiers.completeDossier(withAnimatorPost ? "ECONOMIC_CLUSTER" : "TECHNOLOGY_GRAPE", false);
        if (withAnimatorPost) {
            given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("""
                    {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2027-01-01", "yearlyCost": 95000.00,
                     "privateContributionsPerYear": 30000.00}""".formatted(org))
                    .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(200).body("yearlyCost", equalTo(95000.00f));
        }
        given().post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        UUID dossier = UUID.fromString(id);
        kafka.send(Topics.EVALUATION_EVENTS, id, EventCodec.write(EventCodec.envelope(EventCatalog.EVALUATION_OPENED, "/evaluation-service",
                id, new EvaluationOpenedV1(UUID.randomUUID(), dossier, 1, 1, OffsetDateTime.now(ZoneOffset.UTC)))));
        String issued = EventCodec.write(EventCodec.envelope(EventCatalog.OPINION_ISSUED, "/evaluation-service", id,
                new OpinionIssuedV1(UUID.randomUUID(), UUID.randomUUID(), dossier, 1, 1, opinion,
                        List.of(new OpinionIssuedV1.Finding("CRITICAL_MASS", !opinion.equals("UNFAVOURABLE"), new BigDecimal("2.67"),
                                "Trop peu d'entreprises indépendantes", null)),
                        opinion.equals("FAVOURABLE_WITH_CONDITIONS") ? List.of("Engager l'animateur à temps plein") : List.of(),
                        "criteria-1", OffsetDateTime.now(ZoneOffset.UTC), "MEDIAN", new BigDecimal("3"))));
        kafka.send(Topics.EVALUATION_EVENTS, id, issued);
        kafka.send(Topics.EVALUATION_EVENTS, id, issued); // redelivered: stored once
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/dossiers/{id}", id).then()
                .body("status", equalTo("OPINION_RECEIVED")));
        return id;
    }

    private static String etag(String id) {
        return given().get("/api/v1/dossiers/{id}", id).then().extract().header("ETag");
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void validating_against_an_unfavourable_opinion_needs_a_justification_then_grants_the_agrement_and_tells_funding() {
        String id = dossierWithOpinion("UNFAVOURABLE", true);
        given().get("/api/v1/dossiers/{id}/opinion", id).then().statusCode(200)
                // explainability: the policy version, consensus method and threshold the Comité applied
                .body("policyVersion", equalTo("criteria-1")).body("consensusMethod", equalTo("MEDIAN"))
                .body("metThreshold", equalTo(3.0f))
                .body("outcome", equalTo("UNFAVOURABLE"))
                .body("findings[0].criterion", equalTo("CRITICAL_MASS"))
                .body("findings[0]", org.hamcrest.Matchers.not(hasKey("expert")));
        String etag = etag(id);

        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("JUSTIFICATION_REQUIRED"))
                .body("errors[0].field", equalTo("justification"));
        given().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("OPINION_RECEIVED")).header("ETag", etag);

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"outcome\": \"VALIDATED\", \"justification\": \"Intérêt régional majeur pour la filière\", "
                        + "\"agrementStart\": \"2027-01-01\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200)
                .body("decision.outcome", equalTo("VALIDATED"))
                .body("decision.departsFromOpinion", equalTo(true))
                .body("decision.decidedBy", equalTo("region-1"))
                .body("dossier.status", equalTo("VALIDATED"))
                .body("agrement.periodNumber", equalTo(1))
                .body("agrement.start", equalTo("2027-01-01"))
                .body("agrement.end", equalTo("2029-12-31"));
        given().get("/api/v1/dossiers/{id}/agrements", id).then().statusCode(200).body("$", hasSize(1))
                .body("[0].status", equalTo("ACTIVE"));
        given().get("/api/v1/dossiers/{id}/decisions", id).then().statusCode(200).body("$", hasSize(1))
                .body("[0].justification", equalTo("Intérêt régional majeur pour la filière"));

        List<KafkaTestClient.Received> events = kafka.readUntil(Topics.REGISTRY_EVENTS,
                r -> r.stream().filter(m -> TestDossiers.eventOf(id, m)).count() >= 3, WAIT).stream().filter(m -> TestDossiers.eventOf(id, m)).toList();
        assertThat(events).extracting(m -> m.event().type()).containsExactly(EventCatalog.DOSSIER_SUBMITTED.name(),
                EventCatalog.DOSSIER_DECIDED.name(), EventCatalog.AGREMENT_GRANTED.name());
        assertThat(events).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        DossierDecidedV1 decided = EventCodec.payload(events.get(1).event(), EventCatalog.DOSSIER_DECIDED);
        assertThat(decided.departsFromOpinion()).isTrue();
        assertThat(decided.opinion()).isEqualTo("UNFAVOURABLE");
        AgrementGrantedV1 granted = EventCodec.payload(events.get(2).event(), EventCatalog.AGREMENT_GRANTED);
        assertThat(granted.scheme()).isEqualTo("ECONOMIC_CLUSTER");
        assertThat(granted.periodNumber()).isEqualTo(1);
        assertThat(granted.startDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(granted.endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(granted.beneficiary().name()).isEqualTo("Cluster Bois ASBL");
        assertThat(granted.beneficiary().enterpriseNumber()).matches("[01]\\d{3}\\.\\d{3}\\.\\d{3}");
        assertThat(granted.animator().yearlyCost()).isEqualByComparingTo("95000.00");
        assertThat(granted.privateContributions()).isEqualByComparingTo("30000.00");
        // the validated cluster's members are announced as such, after the submission's announcement
        List<String> stages = ClusterMembershipEventsTest.membershipOf(kafka, id, l -> l.stream().anyMatch(p -> p.stage().equals("VALIDATED")))
                .stream().map(m -> ClusterMembershipEventsTest.payload(m).stage()).toList();
        assertThat(stages).endsWith("SUBMITTED", "VALIDATED");
        // an economic cluster is funded on its animateur post; the core group the Comité judged may read its funding
        assertThat(granted.eligibleYearlyCosts()).isEqualTo(new BigDecimal("95000.00"));
        assertThat(granted.coreGroupOrganisationIds()).hasSize(1);

        given().get("/api/v1/dossiers/{id}/audit", id).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("STATUS_CHANGED", "ANIMATOR_POST_STATED", "DECIDED", "AGREMENT_GRANTED"))
                .body("find { it.action == 'DECIDED' }.actor", equalTo("region-1"))
                .body("find { it.action == 'DECIDED' }.reason", equalTo("Intérêt régional majeur pour la filière"))
                .body("find { it.action == 'STATUS_CHANGED' && it.detail == 'OPINION_RECEIVED → VALIDATED' }.actor",
                        equalTo("region-1"));

        // a validated cluster can be labelled flagship ("phare")
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", id).then()
                .statusCode(204);
        given().get("/api/v1/dossiers/{id}/audit", id).then()
                .body("find { it.action == 'FLAGSHIP_LABELLED' }.actor", equalTo("region-1"));

        // decided: a second decision is an illegal step
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"REJECTED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION_VALIDATED_TO_REJECTED"));
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void following_a_favourable_opinion_needs_no_justification_and_rejecting_it_does() {
        String id = dossierWithOpinion("FAVOURABLE_WITH_CONDITIONS", true);
        given().get("/api/v1/dossiers/{id}/opinion", id).then().body("conditions[0]", equalTo("Engager l'animateur à temps plein"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"REJECTED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(400).body("code", equalTo("JUSTIFICATION_REQUIRED"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200)
                .body("decision.departsFromOpinion", equalTo(false))
                .body("decision.justification", nullValue())
                .body("agrement.start", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).toString()));
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void a_rejection_grants_nothing_and_a_grape_is_validated_only_with_its_funded_beneficiary() {
        // issue #11: a technology grape needs no animateur post (this test used to assert animator-post-missing for a grape);
        // what its validation needs is the funded beneficiary in the judged snapshot
        String id = dossierWithOpinion("FAVOURABLE", false);
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(409)
                .body("type", equalTo("https://clusters.wallonie.be/problems/funded-beneficiary-missing"))
                .body("code", equalTo("FUNDED_BENEFICIARY_MISSING"))
                .body("detail", org.hamcrest.Matchers.startsWith("Une grappe technologique ou un pôle de compétitivité"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).header("Accept-Language", "en")
                .body("{\"outcome\": \"VALIDATED\"}").post("/api/v1/dossiers/{id}/decision", id).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.startsWith("A technology grape or a competitiveness pole is validated only"));
        given().get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("OPINION_RECEIVED"));
        given().get("/api/v1/dossiers/{id}/agrements", id).then().body("$", hasSize(0));

        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"outcome\": \"REJECTED\", \"justification\": \"Budget régional épuisé\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200)
                .body("dossier.status", equalTo("REJECTED")).body("agrement", nullValue());
        given().get("/api/v1/dossiers/{id}/agrements", id).then().body("$", hasSize(0));
        // rejected without an agrément in force: the cluster in preparation ends, its member set announced empty
        List<String> stages = ClusterMembershipEventsTest.membershipOf(kafka, id, l -> l.stream().anyMatch(p -> p.stage().equals("ENDED")))
                .stream().map(m -> ClusterMembershipEventsTest.payload(m).stage()).toList();
        assertThat(stages).endsWith("SUBMITTED", "ENDED");
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void the_decision_needs_a_current_if_match() {
        String id = dossierWithOpinion("FAVOURABLE", true);
        given().contentType(ContentType.JSON).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(412).header("ETag", etag(id));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"MAYBE\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void only_the_region_decides() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void applicants_do_not_read_the_audit_trail() {
        String id = DossierApiTest.createDossier();
        given().get("/api/v1/dossiers/{id}/audit", id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void a_draft_is_not_at_the_decision_stage() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION_DRAFT_TO_VALIDATED"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void an_animateur_post_names_a_registered_organisation_and_sensible_figures() {
        String id = DossierApiTest.createDossier();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2027-01-01", "yearlyCost": 95000.00}"""
                .formatted(UUID.randomUUID())).put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"employerOrganisationId": "%s", "fte": 0, "startDate": "2027-01-01", "yearlyCost": 95000.001}"""
                .formatted(UUID.randomUUID())).put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("fte", "yearlyCost"));
    }

    @jakarta.inject.Inject
    be.wallonie.clusters.registry.application.port.in.ExpireAgrementsUseCase expiry;

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void an_agrement_past_its_last_day_expires_once_and_funding_is_told() {
        String id = dossierWithOpinion("FAVOURABLE", true);
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"2020-01-01\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200).body("agrement.end", equalTo("2022-12-31"));

        assertThat(expiry.expireEndedAgrements()).isGreaterThanOrEqualTo(1);
        given().get("/api/v1/dossiers/{id}/agrements", id).then().body("[0].status", equalTo("EXPIRED"));
        expiry.expireEndedAgrements();

        List<KafkaTestClient.Received> expired = kafka.readUntil(Topics.REGISTRY_EVENTS,
                r -> r.stream().anyMatch(m -> TestDossiers.eventOf(id, m) && m.event().type().equals(EventCatalog.AGREMENT_EXPIRED.name())), WAIT)
                .stream().filter(m -> TestDossiers.eventOf(id, m) && m.event().type().equals(EventCatalog.AGREMENT_EXPIRED.name())).toList();
        assertThat(expired).hasSize(1);
        assertThat(EventCodec.payload(expired.get(0).event(), EventCatalog.AGREMENT_EXPIRED).endDate())
                .isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void the_openapi_document_lists_opinions_decisions_and_agrements() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/dossiers/{id}/decision"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/opinion"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/agrements"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/animator-post"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/funded-beneficiary"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/pole-projects"))
                .body("paths.'/api/v1/dossiers/{id}/pole-projects'.post.description", org.hamcrest.Matchers.containsString("Role: REGION"))
                .body("paths.'/api/v1/dossiers/{id}/decision'.post.description", org.hamcrest.Matchers.containsString("Role: REGION"));
    }
}
