package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.composePanel;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.expert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.member;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.panelBody;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.registerExpert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.secretariat;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Conflicts with organisations abroad and declared interests that stand until ended, through the API on PostgreSQL and Kafka. */
@QuarkusTest
class ConflictReviewFixesApiTest {

    final ComiteFixtures fx = new ComiteFixtures();

    static DossierSnapshotV1.Member foreignMember(String name, String country) {
        return new DossierSnapshotV1.Member(UUID.randomUUID(), null, name, "ENTERPRISE", "SMALL", "MEMBER", "ABROAD", country, false, null,
                List.of("26.70"), 40, false, null);
    }

    @Test
    void a_french_expert_affiliated_to_a_french_member_of_a_cluster_is_refused_on_its_panel() {
        String domain = unique("optronique");
        String lumiere = unique("Optique Lumière");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Opto SA"),
                foreignMember(lumiere + " S.A.S.", "FR"));
        ComitePanelApiTest.Team team = ComitePanelApiTest.Team.of(domain);
        String user = unique("fr-expert");
        // named abroad without number: the name differs in case, accents and legal form from the snapshot's
        String french = secretariat().contentType(ContentType.JSON).body("""
                {"userId": "%s", "name": "Claire Martin", "country": "FR", "domains": ["industrie"], "regionalDevelopmentSpecialist": false,
                 "publicAuthorityStaff": false, "affiliations": [{"organisationName": "%s", "country": "fr", "role": "directrice",
                 "from": "2022-01-01"}]}""".formatted(user, lumiere.toUpperCase().replace("È", "E")))
                .post("/api/v1/experts").then().statusCode(201).body("eligible", equalTo(false))
                .body("conflicts[0].kind", equalTo("AFFILIATION")).body("conflicts[0].caseId", equalTo(caseId))
                .body("conflicts[0].country", equalTo("FR")).body("conflicts[0].description", containsString("même nom et même pays"))
                .extract().path("id");

        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Accept-Language", "en")
                .body(panelBody(team.domainId(), team.specialistId(), french)).put("/api/v1/evaluation-cases/{id}/panel", caseId)
                .then().statusCode(422).body("code", equalTo("PANEL_RULES_BROKEN")).body("errors.field", hasItem("NO_CONFLICT_OF_INTEREST"))
                .body("errors.find { it.field == 'NO_CONFLICT_OF_INTEREST' }.message", containsString("same name and country"));
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().header("ETag", "\"0\"").body("members", hasSize(0));
        composePanel(caseId, team.ids());

        // an organisation is named by a valid Belgian number or by name and a foreign country
        secretariat().contentType(ContentType.JSON).body("""
                {"userId": "%s", "name": "X", "country": "FR", "domains": [], "regionalDevelopmentSpecialist": false,
                 "publicAuthorityStaff": false, "affiliations": [{"organisationName": "Sans pays"}, {"organisationName": "Belge", "country": "BE"},
                 {"enterpriseNumber": "0123", "organisationName": "Mauvais"}]}""".formatted(unique("bad")))
                .post("/api/v1/experts").then().statusCode(400)
                .body("errors.field", hasItems("affiliations[0].country", "affiliations[1].enterpriseNumber", "affiliations[2].enterpriseNumber"));
    }

    @Test
    void a_declared_interest_stands_until_the_secretariat_records_its_end() {
        String domain = unique("verre");
        String number = EnterpriseNumbers.fresh();
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(number, "Verre SA"), foreignMember("Glas Werke GmbH", "DE"));
        String user = unique("interests");
        String id = registerExpert(user, "DE", domain, false, false, null);
        expert(user).contentType(ContentType.JSON).body("""
                {"statement": "Sur l'honneur.", "interests": [{"enterpriseNumber": "%s", "organisationName": "Verre SA", "nature": "actionnaire"},
                 {"organisationName": "Glas-Werke", "country": "DE", "nature": "conseil"}]}""".formatted(number))
                .post("/api/v1/experts/{id}/declarations", id).then().statusCode(201);
        // a newer declaration leaving both out retracts nothing
        expert(user).contentType(ContentType.JSON).body("{\"statement\": \"Aucun lien.\", \"interests\": []}")
                .post("/api/v1/experts/{id}/declarations", id).then().statusCode(201);
        secretariat().get("/api/v1/experts/{id}", id).then().body("eligible", equalTo(false)).body("conflicts", hasSize(2))
                .body("conflicts.kind", equalTo(List.of("DECLARED_INTEREST", "DECLARED_INTEREST")))
                .body("conflicts[0].caseId", equalTo(caseId));
        expert(user).get("/api/v1/experts/{id}/interests", id).then().statusCode(200).body("$", hasSize(2));

        // only the secretariat ends an interest, dated and reasoned
        String ending = "{\"enterpriseNumber\": \"%s\", \"endedOn\": \"2026-11-30\", \"reason\": \"Parts cédées\"}".formatted(number);
        expert(user).contentType(ContentType.JSON).body(ending).post("/api/v1/experts/{id}/interest-endings", id).then().statusCode(403);
        secretariat().contentType(ContentType.JSON).body("{\"enterpriseNumber\": \"%s\", \"endedOn\": \"2999-01-01\"}".formatted(number))
                .post("/api/v1/experts/{id}/interest-endings", id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("endedOn", "reason"));
        secretariat().contentType(ContentType.JSON)
                .body("{\"enterpriseNumber\": \"%s\", \"endedOn\": \"2026-11-30\", \"reason\": \"x\"}".formatted(EnterpriseNumbers.fresh()))
                .post("/api/v1/experts/{id}/interest-endings", id).then().statusCode(409).body("code", equalTo("INTEREST_NOT_STANDING"));
        secretariat().get("/api/v1/experts/{id}", id).then().body("conflicts", hasSize(2));

        secretariat().contentType(ContentType.JSON).body(ending).post("/api/v1/experts/{id}/interest-endings", id).then().statusCode(201)
                .body("recordedBy", equalTo(ComiteFixtures.SECRETARIAT)).body("organisationName", equalTo("Verre SA"));
        secretariat().get("/api/v1/experts/{id}", id).then().body("conflicts", hasSize(1))
                .body("conflicts[0].country", equalTo("DE"));
        secretariat().contentType(ContentType.JSON).body("""
                {"organisationName": "GLAS WERKE AG", "country": "de", "endedOn": "2026-11-30", "reason": "Mission terminée"}""")
                .post("/api/v1/experts/{id}/interest-endings", id).then().statusCode(201);
        secretariat().get("/api/v1/experts/{id}", id).then().body("eligible", equalTo(true));
        expert(user).get("/api/v1/experts/{id}/interests", id).then().statusCode(200).body("$", hasSize(0));
        // ended twice is refused: nothing stands any more
        secretariat().contentType(ContentType.JSON).body(ending).post("/api/v1/experts/{id}/interest-endings", id).then().statusCode(409);
    }
}
