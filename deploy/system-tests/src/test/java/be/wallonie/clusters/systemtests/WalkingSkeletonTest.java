package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.localstack.Infrastructure;
import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import be.wallonie.clusters.testing.KafkaTestClient;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole chain through the real broker and the outboxes: the registry accepts a dossier and its
 * submission → DossierSubmitted → the Comité opens an evaluation case → EvaluationOpened → the
 * registry shows the dossier UNDER_EVALUATION. Then the Comité composes a panel of three experts who sign their
 * no-conflict declarations and score the dossier; the secretariat issues the opinion → OpinionIssued → OPINION_RECEIVED
 * with the findings → the Region validates → AgrementGranted → the funding service computes the schedule and
 * announces it.
 */
@ExtendWith(SharedServices.class)
class WalkingSkeletonTest {

    static ServiceProcess registry;
    static ServiceProcess evaluation;
    static ServiceProcess funding;

    @BeforeAll
    static void services() throws Exception {
        SharedServices.Running s = SharedServices.get();
        registry = s.registry();
        evaluation = s.evaluation();
        funding = s.funding();
    }

    @Test
    void a_submission_flows_through_the_three_services() {
        String id = Flows.createAndSubmit(registry, "Cluster Eco-construction");

        Flows.awaitUnderEvaluation(registry, id);

        given().baseUri(evaluation.baseUrl()).auth().oauth2(SystemUnderTest.token("COMITE_SECRETARIAT"))
                .queryParam("dossierId", id).get("/api/v1/evaluation-cases")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].round", equalTo(1));

        // a plain Kafka client reads the CloudEvents envelope the registry published
        KafkaTestClient kafka = new KafkaTestClient(Infrastructure.shared().kafkaBootstrapServers());
        // (its membership announcements, ClusterMembershipChanged, travel with the same key: left out here)
        java.util.function.Predicate<KafkaTestClient.Received> ofDossier = r -> id.equals(r.key())
                && !EventCatalog.CLUSTER_MEMBERSHIP_CHANGED.name().equals(r.event().type());
        var records = kafka.readUntil(Topics.REGISTRY_EVENTS, rs -> rs.stream().anyMatch(ofDossier),
                Duration.ofSeconds(10)).stream().filter(ofDossier).toList();
        assertEquals(1, records.size());
        assertEquals("be.wallonie.clusters.registry.DossierSubmitted.v1", records.get(0).event().type());

        String org = given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE")).contentType(ContentType.JSON)
                .body("""
                        {"name": "Eco-construction ASBL", "enterpriseNumber": "%s", "kind": "ENTERPRISE", "sizeClass": "SMALL",
                         "employees": 4, "naceCodes": ["94.110"],
                         "establishments": [{"street": "Rue de l'Industrie 1", "postalCode": "5000", "city": "Namur",
                                             "country": "BE", "registeredOffice": true}]}""".formatted(EnterpriseNumbers.fresh()))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        // the animateur post is frozen with the snapshot under evaluation: it is not changed behind the Comité's back
        String underEvaluation = given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE"))
                .get("/api/v1/dossiers/{id}", id).then().statusCode(200).extract().header("ETag");
        given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE")).contentType(ContentType.JSON)
                .header("If-Match", underEvaluation)
                .body("""
                        {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2025-04-01", "yearlyCost": 200000.00}"""
                        .formatted(org))
                .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(409).body("code", equalTo("DOSSIER_NOT_EDITABLE"));

        // The Comité: three experts meeting the panel rules, their no-conflict declarations, their scores, the opinion.
        Flows.favourableOpinion(evaluation, registry, id, "éco-construction");
        given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION"))
                .get("/api/v1/dossiers/{id}/opinion", id).then().statusCode(200).body("outcome", equalTo("FAVOURABLE"))
                .body("findings", hasSize(8)).body("findings[1].criterion", equalTo("CRITICAL_MASS"))
                .body("findings[1].majorityView", equalTo("CRITICAL_MASS satisfait"));
        Flows.validate(registry, id, "2025-04-01").body("agrement.end", equalTo("2028-03-31"));

        // the registry's AgrementGranted reaches the funding service, which computes the schedule
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(funding.baseUrl()).auth().oauth2(SystemUnderTest.token("FUNDING_READER"))
                        .get("/api/v1/funding-files/{id}", id).then().statusCode(200)
                        .body("clusterName", equalTo("Cluster Eco-construction"))
                        .body("currentSchedules[0].lines[0].granted", equalTo("120547.95")));
        var schedules = kafka.readUntil(Topics.FUNDING_EVENTS, rs -> rs.stream().anyMatch(r -> id.equals(r.key())),
                Duration.ofSeconds(10)).stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, schedules.size());
        assertEquals("be.wallonie.clusters.funding.FundingScheduleComputed.v1", schedules.get(0).event().type());
    }
}
