package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;


import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.localstack.Infrastructure;
import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.localstack.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole chain through the real broker and the outboxes: the registry accepts a dossier and its
 * submission → DossierSubmitted → the Comité opens an evaluation case → EvaluationOpened → the
 * registry shows the dossier UNDER_EVALUATION. Then the Comité composes a panel of three experts who sign their
 * no-conflict declarations and score the dossier; the secretariat issues the opinion → OpinionIssued → OPINION_RECEIVED
 * with the findings → the Region validates → AgrementGranted → the funding service computes the schedule and
 * announces it.
 */
class WalkingSkeletonTest {

    static ServiceProcess registry;
    static ServiceProcess evaluation;
    static ServiceProcess funding;

    @BeforeAll
    static void startServices() throws Exception {
        registry = SystemUnderTest.start(SystemUnderTest.spec("cluster-registry"), Map.of());
        evaluation = SystemUnderTest.start(SystemUnderTest.spec("evaluation-service"), Map.of());
        funding = SystemUnderTest.start(SystemUnderTest.spec("funding-service"), Map.of());
    }

    @AfterAll
    static void stopServices() {
        for (ServiceProcess p : new ServiceProcess[] {registry, evaluation, funding}) {
            if (p != null) {
                p.close();
            }
        }
    }

    /** Registers an organisation as the Cellule; its id. */
    static String register(ServiceProcess registry, String name, String enterpriseNumber, String kind, String sizeClass,
            String postalCode) {
        return given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE")).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "enterpriseNumber": "%s", "kind": "%s", "sizeClass": %s, "employees": 12,
                         "naceCodes": ["41.201"],
                         "establishments": [{"street": "Rue de l'Industrie 1", "postalCode": "%s", "city": "Ville",
                                             "country": "BE", "registeredOffice": true}]}"""
                        .formatted(name, enterpriseNumber, kind, sizeClass == null ? "null" : "\"" + sizeClass + "\"", postalCode))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    /**
     * An applicant (token naming its registered organisation) opens a dossier, states a complete content and the
     * animateur post, and submits it.
     */
    static String createAndSubmit(ServiceProcess registry, String name) {
        String number = EnterpriseNumbers.fresh();
        String core = register(registry, name + " SRL", number, "ENTERPRISE", "SMALL", "5000");
        String member = register(registry, name + " Fournisseur SA", EnterpriseNumbers.fresh(), "ENTERPRISE", "MEDIUM", "4000");
        String support = register(registry, name + " Centre de recherche", EnterpriseNumbers.fresh(), "RESEARCH_CENTRE", null, "1348");
        String applicant = DevTokens.mint("system-test-applicant", List.of("APPLICANT"), number, Duration.ofMinutes(30));
        String id = given().baseUri(registry.baseUrl()).auth().oauth2(applicant)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "scheme": "ECONOMIC_CLUSTER", "entryVolet": "VALIDATION",
                         "focus": {"kind": "MARKET", "domain": "éco-construction",
                                   "description": "Matériaux et techniques de construction écologique"}}""".formatted(name))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().baseUri(registry.baseUrl()).auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"members": [
                           {"organisationId": "%1$s", "role": "CORE_GROUP", "coOptation": {"on": "2025-01-15", "by": "Assemblée des membres"}},
                           {"organisationId": "%2$s", "role": "MEMBER"},
                           {"organisationId": "%3$s", "role": "SUPPORT"}],
                         "relations": [{"fromOrganisationId": "%2$s", "toOrganisationId": "%1$s", "kind": "CUSTOMER_SUPPLIER"},
                                       {"fromOrganisationId": "%1$s", "toOrganisationId": "%3$s", "kind": "JOINT_RESEARCH"}],
                         "objectives": [{"statement": "Développer l'éco-construction en Wallonie", "endorsedBy": ["%1$s", "%2$s"]}],
                         "vision": "La référence wallonne de la construction écologique",
                         "expectedGains": [{"description": "Chiffre d'affaires", "indicator": "turnover", "targetValue": 1000000,
                                            "unit": "EUR"}],
                         "actions": [{"title": "Salon commun", "type": "TARGETED", "category": "COMMERCIAL", "axis": "PROMOTION",
                                      "orientation": "PRODUITS_MARCHES", "startDate": "2025-04-01", "endDate": "2028-03-31",
                                      "recurring": true, "participants": ["%1$s", "%2$s"], "budget": 15000.00}],
                         "governance": {"admissionRules": "Admission votée par l'assemblée",
                                        "noPoachingRule": "Pas de débauchage entre membres",
                                        "decisionMaking": "Majorité des deux tiers"}}""".formatted(core, member, support))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        given().baseUri(registry.baseUrl()).auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("""
                        {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2025-04-01", "yearlyCost": 200000.00}"""
                        .formatted(core))
                .put("/api/v1/dossiers/{id}/animator-post", id).then().statusCode(200).header("ETag", equalTo("\"2\""));
        given().baseUri(registry.baseUrl()).auth().oauth2(applicant)
                .header("If-Match", "\"2\"")
                .post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        return id;
    }

    static RequestSpecification secretariat() {
        return given().baseUri(evaluation.baseUrl()).auth().oauth2(SystemUnderTest.token("COMITE_SECRETARIAT"));
    }

    static RequestSpecification expert(String userId) {
        return given().baseUri(evaluation.baseUrl()).auth().oauth2(DevTokens.mint(userId, List.of("EXPERT"), null, Duration.ofMinutes(30)));
    }

    static String registerExpert(String userId, String country, String domain, boolean regionalDevelopmentSpecialist) {
        return secretariat().contentType(ContentType.JSON).body("""
                {"userId": "%s", "name": "%s", "country": "%s", "domains": ["%s"], "regionalDevelopmentSpecialist": %s,
                 "publicAuthorityStaff": false, "affiliations": []}""".formatted(userId, userId, country, domain, regionalDevelopmentSpecialist))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_submission_flows_through_the_three_services() {
        String id = createAndSubmit(registry, "Cluster Eco-construction");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE"))
                        .get("/api/v1/dossiers/{id}", id).then().statusCode(200).body("status", equalTo("UNDER_EVALUATION")));

        given().baseUri(evaluation.baseUrl()).auth().oauth2(SystemUnderTest.token("COMITE_SECRETARIAT"))
                .queryParam("dossierId", id).get("/api/v1/evaluation-cases")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].round", equalTo(1));

        // a plain Kafka client reads the CloudEvents envelope the registry published
        KafkaTestClient kafka = new KafkaTestClient(Infrastructure.shared().kafkaBootstrapServers());
        var records = kafka.readUntil(Topics.REGISTRY_EVENTS, rs -> rs.stream().anyMatch(r -> id.equals(r.key())),
                Duration.ofSeconds(10)).stream().filter(r -> id.equals(r.key())).toList();
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
        String caseId = given().baseUri(evaluation.baseUrl()).auth().oauth2(SystemUnderTest.token("COMITE_SECRETARIAT"))
                .queryParam("dossierId", id).get("/api/v1/evaluation-cases").then().statusCode(200).extract().path("[0].id");
        String run = UUID.randomUUID().toString();
        List<String> users = List.of("expert-domain-" + run, "expert-regional-" + run, "expert-foreign-" + run);
        List<String> experts = List.of(
                registerExpert(users.get(0), "BE", "éco-construction", false),
                registerExpert(users.get(1), "BE", "développement régional", true),
                registerExpert(users.get(2), "NL", "construction durable", false));
        String panelTag = secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200).extract().header("ETag");
        secretariat().contentType(ContentType.JSON).header("If-Match", panelTag)
                .body("{\"expertIds\": [\"%s\", \"%s\", \"%s\"]}".formatted(experts.get(0), experts.get(1), experts.get(2)))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200);
        String scores = "{\"scores\": [" + Stream.of("BUSINESS_INITIATIVE", "CRITICAL_MASS", "INTERRELATIONS", "COMMON_INTEREST",
                "COMPETITIVENESS", "DURABILITY", "REGIONAL_VALUE_ADDED", "SHARED_VISION")
                .map(c -> "{\"criterion\": \"%s\", \"score\": 4, \"reason\": \"%s satisfait\"}".formatted(c, c))
                .collect(Collectors.joining(", ")) + "]}";
        for (String user : users) {
            expert(user).contentType(ContentType.JSON).body("{\"statement\": \"Je déclare n'avoir aucun lien avec ce cluster.\"}")
                    .post("/api/v1/evaluation-cases/{id}/no-conflict-declaration", caseId).then().statusCode(201);
            expert(user).contentType(ContentType.JSON).body(scores).put("/api/v1/evaluation-cases/{id}/scores/mine", caseId)
                    .then().statusCode(200);
            expert(user).post("/api/v1/evaluation-cases/{id}/scores/mine/submission", caseId).then().statusCode(200);
        }
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId)
                .then().statusCode(201).body("outcome", equalTo("FAVOURABLE"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION"))
                        .get("/api/v1/dossiers/{id}", id).then().body("status", equalTo("OPINION_RECEIVED")));
        given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION"))
                .get("/api/v1/dossiers/{id}/opinion", id).then().statusCode(200).body("outcome", equalTo("FAVOURABLE"))
                .body("findings", hasSize(8)).body("findings[1].criterion", equalTo("CRITICAL_MASS"))
                .body("findings[1].majorityView", equalTo("CRITICAL_MASS satisfait"));
        String etag = given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION"))
                .get("/api/v1/dossiers/{id}", id).then().extract().header("ETag");
        given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION")).contentType(ContentType.JSON)
                .header("If-Match", etag).body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"2025-04-01\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200).body("agrement.end", equalTo("2028-03-31"));

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
