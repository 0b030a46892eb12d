package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import be.wallonie.clusters.contracts.registry.PoleProjectApprovedV1;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 (items 4 and 5, registry side): a technology grape and a competitiveness pole are validated without an
 * animateur post, funded on the beneficiary they declared and the core group the Comité judged; the Region records the
 * projects it approves for a pole, published as PoleProjectApproved. Every caller acts with its own token.
 */
@QuarkusTest
class GrapeAndPoleFundingApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    private static final String CELLULE = token("cellule-1", "CELLULE", null);
    private static final String REGION = token("region-1", "REGION", null);
    private static final String FUNDING_READER = token("regional-it", "FUNDING_READER", null);

    /** R&D project of the 2027 call: 900 000 € budget, 300 000 € private, so at most 600 000 € public. */
    private static final String PROJECT = """
            {"kind": "R_AND_D", "title": "Plateforme de bioproduction", "callYear": 2027, "startDate": "2027-09-01",
             "endDate": "2029-08-31", "budget": "900000.00", "privateContributions": "300000.00"}""";

    private static String token(String subject, String role, String org) {
        return DevTokens.mint(subject, List.of(role), org, Duration.ofMinutes(10));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A registered SME: its id and enterprise number. */
    private record Org(String id, String number) {
    }

    private static Org sme(String name) {
        String number = OrganisationApiTest.newEnterpriseNumber();
        String id = as(CELLULE).contentType(ContentType.JSON).body(OrganisationApiTest.sme(name, number, "5000"))
                .post(OrganisationApiTest.PATH).then().statusCode(201).extract().path("id");
        return new Org(id, number);
    }

    /** A complete dossier of that scheme opened by the Cellule: {@code core} in the core group, {@code member} a member. */
    private static String dossier(String scheme, Org core, Org member) {
        String id = as(CELLULE).contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER.replace("ECONOMIC_CLUSTER", scheme))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        String support = as(CELLULE).contentType(ContentType.JSON).body(OrganisationApiTest.json("Centre Recherche " + scheme,
                OrganisationApiTest.newEnterpriseNumber(), "RESEARCH_CENTRE", null, "1348", "BE", null))
                .post(OrganisationApiTest.PATH).then().statusCode(201).extract().path("id");
        as(CELLULE).contentType(ContentType.JSON).header("If-Match", etag(id)).body(TestDossiers.content(core.id(), member.id(), support))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        return id;
    }

    private static String etag(String id) {
        return as(CELLULE).get("/api/v1/dossiers/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    private void submitAndReceiveOpinion(String id) {
        as(CELLULE).header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        opinion(id, 1);
    }

    /** The Comité opens the round of that snapshot and issues a favourable opinion, by events. */
    private void opinion(String id, int snapshotVersion) {
        UUID dossier = UUID.fromString(id);
        kafka.send(Topics.EVALUATION_EVENTS, id, EventCodec.write(EventCodec.envelope(EventCatalog.EVALUATION_OPENED, "/evaluation-service",
                id, new EvaluationOpenedV1(UUID.randomUUID(), dossier, snapshotVersion, 1, OffsetDateTime.now(ZoneOffset.UTC)))));
        kafka.send(Topics.EVALUATION_EVENTS, id, EventCodec.write(EventCodec.envelope(EventCatalog.OPINION_ISSUED, "/evaluation-service",
                id, new OpinionIssuedV1(UUID.randomUUID(), UUID.randomUUID(), dossier, snapshotVersion, 1, "FAVOURABLE",
                        List.of(new OpinionIssuedV1.Finding("CRITICAL_MASS", true, new BigDecimal("4"), "Masse critique atteinte", null)),
                        List.of(), "criteria-1", OffsetDateTime.now(ZoneOffset.UTC), "MEDIAN", new BigDecimal("3")))));
        await().atMost(WAIT).untilAsserted(() -> as(CELLULE).get("/api/v1/dossiers/{id}", id).then()
                .body("status", equalTo("OPINION_RECEIVED")).body("snapshotVersion", equalTo(snapshotVersion)));
    }

    private void validate(String id, String start) {
        as(REGION).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"" + start + "\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200)
                .body("dossier.status", equalTo("VALIDATED")).body("agrement.start", equalTo(start));
    }

    private List<KafkaTestClient.Received> eventsOf(String id, String type) {
        return kafka.readUntil(Topics.REGISTRY_EVENTS, r -> r.stream().anyMatch(m -> id.equals(m.key()) && m.event().type().equals(type)),
                WAIT).stream().filter(m -> id.equals(m.key()) && m.event().type().equals(type)).toList();
    }

    @Test
    void a_grape_is_validated_without_an_animateur_post_and_its_agrement_names_the_declared_beneficiary_costs_and_core_group() {
        Org core = sme("Lasers Wallons SA");
        Org member = sme("Grappe Photonique ASBL");
        Org outsider = sme("Optique Ailleurs SRL");
        String id = dossier("TECHNOLOGY_GRAPE", core, member);
        String applicant = token("applicant-lasers", "APPLICANT", core.number());
        String path = "/api/v1/dossiers/{id}/funded-beneficiary";

        // completeness asks a grape for no animateur post
        as(applicant).get("/api/v1/dossiers/{id}/completeness", id).then().statusCode(200)
                .body("missing.code", not(hasItem("ANIMATOR_POST")));
        as(applicant).get(path, id).then().statusCode(404).body("type", equalTo("https://clusters.wallonie.be/problems/funded-beneficiary-not-found"));

        String body = "{\"organisationId\": \"%s\", \"yearlyEligibleCosts\": \"30000.00\"}".formatted(member.id());
        as(applicant).contentType(ContentType.JSON).body(body).put(path, id).then().statusCode(428);
        as(applicant).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(path, id).then().statusCode(412);
        String before = etag(id);
        // every broken rule at once, in French by default and in English on request; nothing stored
        as(applicant).contentType(ContentType.JSON).header("If-Match", before)
                .body("{\"organisationId\": \"%s\"}".formatted(outsider.id())).put(path, id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("organisationId", "yearlyEligibleCosts"))
                .body("errors[0].message", equalTo("l'organisation n'est pas membre du dossier"))
                .body("errors[1].message", equalTo("obligatoire"));
        as(applicant).contentType(ContentType.JSON).header("If-Match", before).header("Accept-Language", "en")
                .body("{\"organisationId\": \"%s\", \"yearlyEligibleCosts\": \"-5\"}".formatted(member.id())).put(path, id).then()
                .statusCode(400).body("errors.field", contains("yearlyEligibleCosts")).body("errors[0].message", equalTo("must be more than zero"))
                .body("detail", equalTo("Invalid funded beneficiary: yearlyEligibleCosts"));
        as(applicant).get(path, id).then().statusCode(404);
        assertThat(etag(id)).isEqualTo(before);
        // the Region reads, never edits the dossier; another applicant cannot touch it
        as(REGION).contentType(ContentType.JSON).header("If-Match", before).body(body).put(path, id).then().statusCode(403);
        as(token("applicant-outsider", "APPLICANT", outsider.number())).contentType(ContentType.JSON).header("If-Match", before)
                .body(body).put(path, id).then().statusCode(403);

        as(applicant).contentType(ContentType.JSON).header("If-Match", before).body(body).put(path, id).then().statusCode(200)
                .body("organisationId", equalTo(member.id())).body("yearlyEligibleCosts", equalTo(30000.00f))
                .body("currency", equalTo("EUR")).header("ETag", not(equalTo(before)));
        as(REGION).get(path, id).then().statusCode(200).body("organisationId", equalTo(member.id()));

        submitAndReceiveOpinion(id);
        // frozen in the snapshot the Comité judges; no longer editable
        as(CELLULE).get("/api/v1/dossiers/{id}/snapshots/1", id).then().statusCode(200)
                .body("fundedBeneficiary.organisationId", equalTo(member.id())).body("fundedBeneficiary.yearlyEligibleCosts", equalTo(30000.00f))
                .body("animatorPost", nullValue());
        as(applicant).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body).put(path, id).then().statusCode(409)
                .body("code", equalTo("DOSSIER_NOT_EDITABLE"));

        validate(id, "2028-03-01");
        List<KafkaTestClient.Received> granted = eventsOf(id, EventCatalog.AGREMENT_GRANTED.name());
        assertThat(granted).hasSize(1);
        assertThat(EventSchemas.violations(granted.get(0).event())).isEmpty();
        AgrementGrantedV1 g = EventCodec.payload(granted.get(0).event(), EventCatalog.AGREMENT_GRANTED);
        assertThat(g.scheme()).isEqualTo("TECHNOLOGY_GRAPE");
        assertThat(g.startDate()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(g.beneficiary().organisationId()).isEqualTo(UUID.fromString(member.id()));
        assertThat(g.beneficiary().name()).isEqualTo("Grappe Photonique ASBL");
        assertThat(g.animator()).isNull();
        assertThat(g.eligibleYearlyCosts()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(g.coreGroupOrganisationIds()).containsExactly(UUID.fromString(core.id()));
        // applicants' tokens name their organisation by enterprise number: the funding service matches them with these
        assertThat(g.coreGroupEnterpriseNumbers()).singleElement().asString().matches("\\d{4}\\.\\d{3}\\.\\d{3}");
        assertThat(g.privateContributions()).isEqualByComparingTo("30000.00"); // the dossier's, no post was stated
        as(CELLULE).get("/api/v1/dossiers/{id}/audit", id).then().statusCode(200)
                .body("action", hasItem("FUNDED_BENEFICIARY_STATED"))
                .body("find { it.action == 'FUNDED_BENEFICIARY_STATED' }.actor", equalTo("applicant-lasers"));

        // renewals alike: the renewal's snapshot freezes the beneficiary as it stands then (a validated dossier is editable)
        as(applicant).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"organisationId\": \"%s\", \"yearlyEligibleCosts\": 28000.5}".formatted(member.id())).put(path, id).then()
                .statusCode(200).body("yearlyEligibleCosts", equalTo(28000.50f));
        as(CELLULE).header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/renewal", id).then().statusCode(200)
                .body("snapshotVersion", equalTo(2));
        opinion(id, 2);
        as(REGION).contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"outcome\": \"VALIDATED\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200).body("agrement.periodNumber", equalTo(2));
        List<KafkaTestClient.Received> renewed = eventsOf(id, EventCatalog.AGREMENT_RENEWED.name());
        assertThat(renewed).hasSize(1);
        assertThat(EventSchemas.violations(renewed.get(0).event())).isEmpty();
        be.wallonie.clusters.contracts.registry.AgrementRenewedV1 r = EventCodec.payload(renewed.get(0).event(), EventCatalog.AGREMENT_RENEWED);
        assertThat(r.previousAgrementId()).isEqualTo(g.agrementId());
        assertThat(r.beneficiary().organisationId()).isEqualTo(UUID.fromString(member.id()));
        assertThat(r.animator()).isNull();
        assertThat(r.eligibleYearlyCosts()).isEqualTo(new BigDecimal("28000.50"));
        assertThat(r.coreGroupOrganisationIds()).containsExactly(UUID.fromString(core.id()));
        assertThat(r.coreGroupEnterpriseNumbers()).hasSize(1);

        // a grape receives no pole project
        as(REGION).contentType(ContentType.JSON).body(PROJECT).post("/api/v1/dossiers/{id}/pole-projects", id)
                .then().statusCode(409).body("code", equalTo("NOT_A_POLE"))
                .body("type", equalTo("https://clusters.wallonie.be/problems/pole-project-refused"));
    }

    @Test
    void an_economic_cluster_declares_its_animateur_post_not_a_funded_beneficiary() {
        Org core = sme("Scierie Fondatrice SA");
        String id = dossier("ECONOMIC_CLUSTER", core, sme("Menuiserie Membre SRL"));
        as(CELLULE).contentType(ContentType.JSON).header("If-Match", etag(id)).header("Accept-Language", "en")
                .body("{\"organisationId\": \"%s\"}".formatted(core.id())).put("/api/v1/dossiers/{id}/funded-beneficiary", id).then()
                .statusCode(409).body("code", equalTo("NOT_FOR_ECONOMIC_CLUSTER"))
                .body("type", equalTo("https://clusters.wallonie.be/problems/funded-beneficiary-refused"))
                .body("detail", containsString("animateur's employer"));
        as(CELLULE).get("/api/v1/dossiers/{id}/completeness", id).then().body("missing.code", hasItem("ANIMATOR_POST"));
    }

    @Test
    void a_pole_is_validated_without_a_post_and_the_region_records_its_approved_projects() {
        Org core = sme("Biotech Namur SA");
        Org member = sme("Pharma Membre SRL");
        String id = dossier("COMPETITIVENESS_POLE", core, member);
        String applicant = token("applicant-biotech", "APPLICANT", core.number());
        String projects = "/api/v1/dossiers/{id}/pole-projects";

        as(CELLULE).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"organisationId\": \"%s\", \"yearlyEligibleCosts\": 400000.00}".formatted(core.id()))
                .put("/api/v1/dossiers/{id}/funded-beneficiary", id).then().statusCode(400)
                .body("errors.field", contains("yearlyEligibleCosts"))
                .body("errors[0].message", containsString("financé par ses projets approuvés"));
        as(CELLULE).contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"organisationId\": \"%s\"}".formatted(core.id()))
                .put("/api/v1/dossiers/{id}/funded-beneficiary", id).then().statusCode(200).body("yearlyEligibleCosts", nullValue());

        // no agrément yet: no project
        as(REGION).contentType(ContentType.JSON).body(PROJECT).post(projects, id).then().statusCode(409)
                .body("code", equalTo("NO_AGREMENT"));

        submitAndReceiveOpinion(id);
        validate(id, "2027-01-01");
        AgrementGrantedV1 g = EventCodec.payload(eventsOf(id, EventCatalog.AGREMENT_GRANTED.name()).get(0).event(),
                EventCatalog.AGREMENT_GRANTED);
        assertThat(g.scheme()).isEqualTo("COMPETITIVENESS_POLE");
        assertThat(g.beneficiary().organisationId()).isEqualTo(UUID.fromString(core.id()));
        assertThat(g.animator()).isNull();
        assertThat(g.eligibleYearlyCosts()).isNull();
        assertThat(g.coreGroupOrganisationIds()).containsExactly(UUID.fromString(core.id()));

        // only the Region approves
        as(CELLULE).contentType(ContentType.JSON).body(PROJECT).post(projects, id).then().statusCode(403);
        as(applicant).contentType(ContentType.JSON).body(PROJECT).post(projects, id).then().statusCode(403);
        // every broken rule at once, French by default, English on request
        String bad = """
                {"kind": "LOBBYING", "title": "Projet", "callYear": 2027, "startDate": "2028-01-01", "endDate": "2027-06-30",
                 "budget": 0, "privateContributions": -1}""";
        as(REGION).contentType(ContentType.JSON).body(bad).post(projects, id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("kind", "endDate", "budget", "privateContributions"))
                .body("errors[0].message", equalTo("R_AND_D, TRAINING ou INVESTMENT"));
        as(REGION).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(PROJECT.replace("2027-09-01", "2029-09-01").replace("2029-08-31", "2030-08-31")
                        .replace("\"300000.00\"", "\"900000.01\""))
                .post(projects, id).then().statusCode(400)
                .body("errors.field", contains("startDate", "endDate", "privateContributions"))
                .body("errors[0].message", equalTo("the project must lie inside one of the pole's agrément periods"))
                .body("errors[2].message", equalTo("cannot exceed the project's budget"));
        as(REGION).get(projects, id).then().statusCode(200).body("$", hasSize(0));

        String location = as(REGION).contentType(ContentType.JSON).body(PROJECT).post(projects, id).then()
                .statusCode(201).body("kind", equalTo("R_AND_D")).body("budget", equalTo(900000.00f))
                .body("privateContributions", equalTo(300000.00f)).body("publicShare", equalTo(600000.00f))
                .body("approvedBy", equalTo("region-1")).extract().header("Location");
        assertThat(location).contains("/api/v1/dossiers/" + id + "/pole-projects/");
        String projectId = location.substring(location.lastIndexOf('/') + 1);
        as(applicant).get(location).then().statusCode(200).body("title", equalTo("Plateforme de bioproduction"))
                .body("startDate", equalTo("2027-09-01")).body("endDate", equalTo("2029-08-31"));
        as(FUNDING_READER).get(projects, id).then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(projectId));
        as(CELLULE).get(projects, id).then().statusCode(200).body("$", hasSize(1));
        Org stranger = sme("Autre Pôle SA");
        as(token("applicant-stranger", "APPLICANT", stranger.number())).get(projects, id).then().statusCode(403)
                .body("code", equalTo("NOT_CORE_GROUP_MEMBER"));
        as(REGION).get(projects + "/{projectId}", id, UUID.randomUUID()).then().statusCode(404);

        List<KafkaTestClient.Received> approved = eventsOf(id, EventCatalog.POLE_PROJECT_APPROVED.name());
        assertThat(approved).hasSize(1);
        assertThat(EventSchemas.violations(approved.get(0).event())).isEmpty();
        assertThat(approved.get(0).event().subject()).isEqualTo(projectId);
        PoleProjectApprovedV1 p = EventCodec.payload(approved.get(0).event(), EventCatalog.POLE_PROJECT_APPROVED);
        assertThat(p.projectId()).isEqualTo(UUID.fromString(projectId));
        assertThat(p.dossierId()).isEqualTo(UUID.fromString(id));
        assertThat(p.clusterName()).isEqualTo("Cluster Bois-Construction");
        assertThat(p.callYear()).isEqualTo(2027);
        assertThat(p.kind()).isEqualTo("R_AND_D");
        assertThat(p.startDate()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(p.budget()).isEqualTo(new BigDecimal("900000.00"));
        assertThat(p.privateContributions()).isEqualTo(new BigDecimal("300000.00"));
        assertThat(p.approvedBy()).isEqualTo("region-1");
        as(REGION).get("/api/v1/dossiers/{id}/audit", id).then().statusCode(200)
                .body("find { it.action == 'POLE_PROJECT_APPROVED' }.actor", equalTo("region-1"))
                .body("find { it.action == 'POLE_PROJECT_APPROVED' }.detail", containsString("budget 900000.00 €"));
    }
}
