package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The steps the system tests share, through the services' REST APIs as their users take them: the Cellule registers
 * organisations, an applicant prepares and submits a dossier, the Comité composes a panel whose experts score it
 * favourably and issues its opinion, the Region validates.
 */
final class Flows {

    /** The eight criteria of domain.md §2 the experts score. */
    static final List<String> CRITERIA = List.of("BUSINESS_INITIATIVE", "CRITICAL_MASS", "INTERRELATIONS", "COMMON_INTEREST",
            "COMPETITIVENESS", "DURABILITY", "REGIONAL_VALUE_ADDED", "SHARED_VISION");

    /**
     * A dossier with its content stated: its id, the token of the applicant acting for it (its first core-group
     * enterprise) and its three members — the core-group enterprise, a member enterprise, a research centre in support.
     */
    record Draft(String id, String applicant, String core, String member, String support) {
    }

    private Flows() {
    }

    /** Registers an organisation as the Cellule; its id. */
    static String register(ServiceProcess registry, String name, String enterpriseNumber, String kind, String sizeClass,
            String postalCode) {
        return given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE")).contentType(ContentType.JSON)
                .body(organisationBody(name, enterpriseNumber, kind, sizeClass, postalCode))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    /** The body of {@link #register}. */
    static String organisationBody(String name, String enterpriseNumber, String kind, String sizeClass, String postalCode) {
        return """
                {"name": "%s", "enterpriseNumber": "%s", "kind": "%s", "sizeClass": %s, "employees": 12,
                 "naceCodes": ["41.201"],
                 "establishments": [{"street": "Rue de l'Industrie 1", "postalCode": "%s", "city": "Ville",
                                     "country": "BE", "registeredOffice": true}]}"""
                .formatted(name, enterpriseNumber, kind, sizeClass == null ? "null" : "\"" + sizeClass + "\"", postalCode);
    }

    /**
     * An applicant (token naming its registered organisation) opens a dossier of {@code scheme} focused on
     * {@code domain} and states a complete content (private contributions included, which a pole must declare).
     */
    static Draft draft(ServiceProcess registry, String name, String scheme, String focusKind, String domain) {
        String number = EnterpriseNumbers.fresh();
        String core = register(registry, name + " SRL", number, "ENTERPRISE", "SMALL", "5000");
        String member = register(registry, name + " Fournisseur SA", EnterpriseNumbers.fresh(), "ENTERPRISE", "MEDIUM", "4000");
        String support = register(registry, name + " Centre de recherche", EnterpriseNumbers.fresh(), "RESEARCH_CENTRE", null, "1348");
        String applicant = DevTokens.mint("system-test-applicant", List.of("APPLICANT"), number, Duration.ofMinutes(30));
        String id = given().baseUri(registry.baseUrl()).auth().oauth2(applicant)
                .contentType(ContentType.JSON)
                .body(dossierBody(name, scheme, focusKind, domain))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().baseUri(registry.baseUrl()).auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(contentBody(core, member, support))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(200);
        return new Draft(id, applicant, core, member, support);
    }

    /** The body that opens a dossier in {@link #draft}. */
    static String dossierBody(String name, String scheme, String focusKind, String domain) {
        return """
                {"name": "%s", "scheme": "%s", "entryVolet": "VALIDATION",
                 "focus": {"kind": "%s", "domain": "%s",
                           "description": "%s : le domaine du dossier"}}"""
                .formatted(name, scheme, focusKind, domain, domain);
    }

    /** The complete content {@link #draft} states: the three members, their relations, one action of 15 000 €. */
    static String contentBody(String core, String member, String support) {
        return """
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
                                        "decisionMaking": "Majorité des deux tiers"},
                         "privateContributionsPerYear": 50000.00}""".formatted(core, member, support);
    }

    /** The dossier's current ETag, as {@code role} reads it. */
    static String etag(ServiceProcess registry, String dossierId, String role) {
        return given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token(role))
                .get("/api/v1/dossiers/{id}", dossierId).then().statusCode(200).extract().header("ETag");
    }

    /** The applicant declares the animateur post (employed by the core-group enterprise); the dossier's new ETag. */
    static String declareAnimatorPost(ServiceProcess registry, Draft d, String yearlyCost) {
        return given().baseUri(registry.baseUrl()).auth().oauth2(d.applicant()).contentType(ContentType.JSON)
                .header("If-Match", etag(registry, d.id(), "CELLULE"))
                .body("""
                        {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2025-04-01", "yearlyCost": %s}"""
                        .formatted(d.core(), yearlyCost))
                .put("/api/v1/dossiers/{id}/animator-post", d.id()).then().statusCode(200).extract().header("ETag");
    }

    /** The applicant declares a grape's or a pole's funded beneficiary ({@code yearlyEligibleCosts} null for a pole). */
    static void declareFundedBeneficiary(ServiceProcess registry, Draft d, String organisationId, String yearlyEligibleCosts) {
        given().baseUri(registry.baseUrl()).auth().oauth2(d.applicant()).contentType(ContentType.JSON)
                .header("If-Match", etag(registry, d.id(), "CELLULE"))
                .body(yearlyEligibleCosts == null ? "{\"organisationId\": \"%s\"}".formatted(organisationId)
                        : "{\"organisationId\": \"%s\", \"yearlyEligibleCosts\": \"%s\"}".formatted(organisationId, yearlyEligibleCosts))
                .put("/api/v1/dossiers/{id}/funded-beneficiary", d.id()).then().statusCode(200);
    }

    static void submit(ServiceProcess registry, Draft d) {
        given().baseUri(registry.baseUrl()).auth().oauth2(d.applicant())
                .header("If-Match", etag(registry, d.id(), "CELLULE"))
                .post("/api/v1/dossiers/{id}/submission", d.id()).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    /** An economic cluster in construction, its animateur post at 200 000 € a year, submitted. */
    static Draft submittedCluster(ServiceProcess registry, String name) {
        Draft d = draft(registry, name, "ECONOMIC_CLUSTER", "MARKET", "éco-construction");
        // the post is part of the versioned dossier: content (1), then the post (2)
        assertEquals("\"2\"", declareAnimatorPost(registry, d, "200000.00"));
        submit(registry, d);
        return d;
    }

    /** {@link #submittedCluster}'s id. */
    static String createAndSubmit(ServiceProcess registry, String name) {
        return submittedCluster(registry, name).id();
    }

    static RequestSpecification secretariat(ServiceProcess evaluation) {
        return given().baseUri(evaluation.baseUrl()).auth().oauth2(SystemUnderTest.token("COMITE_SECRETARIAT"));
    }

    static RequestSpecification expert(ServiceProcess evaluation, String userId) {
        return given().baseUri(evaluation.baseUrl()).auth().oauth2(DevTokens.mint(userId, List.of("EXPERT"), null, Duration.ofMinutes(30)));
    }

    static String registerExpert(ServiceProcess evaluation, String userId, String country, String domain,
            boolean regionalDevelopmentSpecialist) {
        return secretariat(evaluation).contentType(ContentType.JSON).body("""
                {"userId": "%s", "name": "%s", "country": "%s", "domains": ["%s"], "regionalDevelopmentSpecialist": %s,
                 "publicAuthorityStaff": false, "affiliations": []}""".formatted(userId, userId, country, domain, regionalDevelopmentSpecialist))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id");
    }

    /** Waits until the registry shows the dossier UNDER_EVALUATION (DossierSubmitted → EvaluationOpened). */
    static void awaitUnderEvaluation(ServiceProcess registry, String dossierId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("CELLULE"))
                        .get("/api/v1/dossiers/{id}", dossierId).then().statusCode(200).body("status", equalTo("UNDER_EVALUATION")));
    }

    /** A composed panel: the case and its three experts' user ids. */
    record Panel(String caseId, List<String> users) {
    }

    /**
     * The Comité on the dossier's open case: three fresh experts meeting the panel rules (one of {@code domain}, a
     * regional-development specialist, both based in Belgium, and one abroad) seated by the secretariat.
     */
    static Panel composePanel(ServiceProcess evaluation, String dossierId, String domain) {
        String caseId = secretariat(evaluation).queryParam("dossierId", dossierId).get("/api/v1/evaluation-cases")
                .then().statusCode(200).body("$", hasSize(1)).extract().path("[0].id");
        String run = UUID.randomUUID().toString();
        List<String> users = List.of("expert-domain-" + run, "expert-regional-" + run, "expert-foreign-" + run);
        List<String> experts = List.of(
                registerExpert(evaluation, users.get(0), "BE", domain, false),
                registerExpert(evaluation, users.get(1), "BE", "développement régional", true),
                registerExpert(evaluation, users.get(2), "NL", "construction durable", false));
        String panelTag = secretariat(evaluation).get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200)
                .extract().header("ETag");
        secretariat(evaluation).contentType(ContentType.JSON).header("If-Match", panelTag)
                .body("{\"expertIds\": [\"%s\", \"%s\", \"%s\"]}".formatted(experts.get(0), experts.get(1), experts.get(2)))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200);
        return new Panel(caseId, users);
    }

    /** Each expert of the panel signs the per-dossier no-conflict declaration. */
    static void signDeclarations(ServiceProcess evaluation, Panel panel) {
        for (String user : panel.users()) {
            expert(evaluation, user).contentType(ContentType.JSON).body("{\"statement\": \"Je déclare n'avoir aucun lien avec ce cluster.\"}")
                    .post("/api/v1/evaluation-cases/{id}/no-conflict-declaration", panel.caseId()).then().statusCode(201);
        }
    }

    /**
     * The panel's experts (declarations signed) score every criterion 4 ("… satisfait"); the secretariat issues the
     * FAVOURABLE opinion; waits until the registry shows OPINION_RECEIVED.
     */
    static void scoreAndIssueFavourableOpinion(ServiceProcess evaluation, ServiceProcess registry, String dossierId, Panel panel) {
        String scores = favourableScores();
        for (String user : panel.users()) {
            expert(evaluation, user).contentType(ContentType.JSON).body(scores)
                    .put("/api/v1/evaluation-cases/{id}/scores/mine", panel.caseId()).then().statusCode(200);
            expert(evaluation, user).post("/api/v1/evaluation-cases/{id}/scores/mine/submission", panel.caseId()).then().statusCode(200);
        }
        secretariat(evaluation).contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", panel.caseId())
                .then().statusCode(201).body("outcome", equalTo("FAVOURABLE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION"))
                        .get("/api/v1/dossiers/{id}", dossierId).then().body("status", equalTo("OPINION_RECEIVED")));
    }

    /** A score sheet with every criterion at 4 ("… satisfait"). */
    static String favourableScores() {
        return "{\"scores\": [" + Stream.of(CRITERIA.toArray(String[]::new))
                .map(c -> "{\"criterion\": \"%s\", \"score\": 4, \"reason\": \"%s satisfait\"}".formatted(c, c))
                .collect(Collectors.joining(", ")) + "]}";
    }

    /** {@link #composePanel}, {@link #signDeclarations}, {@link #scoreAndIssueFavourableOpinion}. */
    static void favourableOpinion(ServiceProcess evaluation, ServiceProcess registry, String dossierId, String domain) {
        Panel panel = composePanel(evaluation, dossierId, domain);
        signDeclarations(evaluation, panel);
        scoreAndIssueFavourableOpinion(evaluation, registry, dossierId, panel);
    }

    /** The Region validates the dossier with an agrément from {@code agrementStart}; the decision's response. */
    static ValidatableResponse validate(ServiceProcess registry, String dossierId, String agrementStart) {
        return given().baseUri(registry.baseUrl()).auth().oauth2(SystemUnderTest.token("REGION")).contentType(ContentType.JSON)
                .header("If-Match", etag(registry, dossierId, "REGION"))
                .body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"%s\"}".formatted(agrementStart))
                .post("/api/v1/dossiers/{id}/decision", dossierId).then().statusCode(200);
    }
}
