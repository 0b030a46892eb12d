package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.testing.KafkaTestClient;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Builds dossiers through the API for the tests: the applicant's organisation (the {@code org} attribute the
 * APPLICANT tests carry), complete dossiers ready to submit (content, animateur post), and their content documents.
 */
final class TestDossiers {

    /** The enterprise number of the test applicant's organisation (valid mod-97; not used by other tests). */
    static final String APPLICANT_ORG = "0412.345.614";

    private TestDossiers() {
    }

    /**
     * A record of that dossier other than its membership announcements (ClusterMembershipChanged, interleaved with the
     * dossier's other events and checked on their own in {@code ClusterMembershipEventsTest}).
     */
    static boolean eventOf(String id, KafkaTestClient.Received r) {
        return id.equals(r.key()) && !EventCatalog.CLUSTER_MEMBERSHIP_CHANGED.name().equals(r.event().type());
    }

    /** The applicant's organisation, registered on first use; its id. */
    static String applicantOrganisation() {
        Response r = given().contentType(ContentType.JSON)
                .body(OrganisationApiTest.sme("Ossature Test SRL", APPLICANT_ORG, "5590"))
                .post(OrganisationApiTest.PATH);
        if (r.statusCode() == 409) {
            return r.path("existingOrganisationId");
        }
        return r.then().statusCode(201).extract().path("id");
    }

    static String enterprise(String name, String postalCode) {
        return OrganisationApiTest.create(OrganisationApiTest.sme(name, OrganisationApiTest.newEnterpriseNumber(), postalCode)).path("id");
    }

    static String researchCentre(String name) {
        return OrganisationApiTest.create(OrganisationApiTest.json(name, OrganisationApiTest.newEnterpriseNumber(), "RESEARCH_CENTRE",
                null, "1348", "BE", null)).path("id");
    }

    static String etag(String dossierId) {
        return given().get("/api/v1/dossiers/{id}", dossierId).then().statusCode(200).extract().header("ETag");
    }

    /** A complete content: core group {@code core}, member {@code member}, support {@code support}. */
    static String content(String core, String member, String support) {
        return """
                {"members": [
                   {"organisationId": "%1$s", "role": "CORE_GROUP", "coOptation": {"on": "2026-01-15", "by": "Assemblée des membres"}},
                   {"organisationId": "%2$s", "role": "MEMBER"},
                   {"organisationId": "%3$s", "role": "SUPPORT"}],
                 "relations": [
                   {"fromOrganisationId": "%2$s", "toOrganisationId": "%1$s", "kind": "CUSTOMER_SUPPLIER"},
                   {"fromOrganisationId": "%1$s", "toOrganisationId": "%3$s", "kind": "JOINT_RESEARCH"}],
                 "objectives": [{"statement": "Conquérir le marché résidentiel wallon", "endorsedBy": ["%1$s", "%2$s"]}],
                 "vision": "Devenir la référence wallonne de la construction bois",
                 "expectedGains": [{"description": "Chiffre d'affaires à l'export", "indicator": "export turnover",
                                    "targetValue": 1500000, "unit": "EUR"}],
                 "actions": [{"title": "Salon commun", "type": "TARGETED", "category": "COMMERCIAL", "axis": "PROMOTION",
                              "orientation": "PRODUITS_MARCHES", "startDate": "2027-02-01", "endDate": "2029-12-31",
                              "recurring": true, "participants": ["%1$s", "%2$s"], "budget": 20000.00,
                              "expectedMarketOutcome": "5 contrats par an"}],
                 "governance": {"admissionRules": "Admission votée par l'assemblée",
                                "noPoachingRule": "Pas de débauchage entre membres",
                                "decisionMaking": "Majorité des deux tiers"},
                 "privateContributionsPerYear": 30000.00}""".formatted(core, member, support);
    }

    static void putContent(String dossierId, String content) {
        given().contentType(ContentType.JSON).header("If-Match", etag(dossierId)).body(content)
                .put("/api/v1/dossiers/{id}/content", dossierId).then().statusCode(200);
    }

    static void putAnimatorPost(String dossierId, String employer) {
        given().contentType(ContentType.JSON).header("If-Match", etag(dossierId)).body("""
                {"employerOrganisationId": "%s", "fte": 1.0, "startDate": "2027-01-01", "yearlyCost": 90000.00,
                 "privateContributionsPerYear": 30000.00, "animatorName": "Jeanne Dupont"}""".formatted(employer))
                .put("/api/v1/dossiers/{id}/animator-post", dossierId).then().statusCode(200);
    }

    /**
     * A draft that may be submitted, built as the current test user: the applicant's organisation in the core group
     * (co-opted), an SME member, a research centre in support, relations, an objective, a gain, an action, governance
     * and the animateur post (employed by the applicant's organisation).
     */
    static String completeDossier() {
        return completeDossier("ECONOMIC_CLUSTER", true);
    }

    /** A dossier of that scheme with a complete content, and the animateur post when asked. */
    static String completeDossier(String scheme, boolean animatorPost) {
        String core = applicantOrganisation();
        String id = createDossier(scheme);
        putContent(id, content(core, enterprise("Scierie du Condroz SA", "4000"), researchCentre("Centre Bois Recherche")));
        if (animatorPost) {
            putAnimatorPost(id, core);
        }
        return id;
    }

    static String createDossier(String scheme) {
        applicantOrganisation();
        return given().contentType(ContentType.JSON).body(DossierApiTest.NEW_DOSSIER.replace("ECONOMIC_CLUSTER", scheme))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
    }

    /** A complete dossier, submitted; its id. */
    static String submittedDossier() {
        String id = completeDossier();
        given().header("If-Match", etag(id)).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        return id;
    }
}
