package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicRegisterTest {

    static final String PATH = "/api/v1/public/clusters";

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void a_validated_cluster_appears_in_the_register_with_its_agrement_and_label() {
        String id = new DecisionApiTest().dossierWithOpinion("FAVOURABLE", true);
        given().get(PATH).then().statusCode(200).body("items.dossierId", not(hasItem(id)));
        String etag = given().get("/api/v1/dossiers/{id}", id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"outcome\": \"VALIDATED\", \"agrementStart\": \"2026-01-01\"}")
                .post("/api/v1/dossiers/{id}/decision", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", id).then().statusCode(204);

        String tag = given().queryParam("flagship", true).queryParam("size", 100).get(PATH).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=300"))
                .body("items.dossierId", hasItem(id))
                .body("items.find { it.dossierId == '" + id + "' }.agrementStart", equalTo("2026-01-01"))
                .body("items.find { it.dossierId == '" + id + "' }.agrementEnd", equalTo("2028-12-31"))
                .body("items.find { it.dossierId == '" + id + "' }.scheme", equalTo("ECONOMIC_CLUSTER"))
                .body("items.find { it.dossierId == '" + id + "' }.flagship", equalTo(true))
                .extract().header("ETag");
        given().queryParam("flagship", true).queryParam("size", 100).header("If-None-Match", tag).get(PATH).then().statusCode(304);
        given().queryParam("flagship", false).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("items.dossierId", not(hasItem(id)));
    }

    @Test
    void anyone_reads_the_register_without_a_token() {
        given().get(PATH).then().statusCode(200).body("page", equalTo(0));
        given().queryParam("scheme", "LOBBY").get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scheme"));
        given().queryParam("size", 1000).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void a_firm_that_wants_to_join_reads_the_focus_the_contact_the_animateur_and_only_the_members_who_agreed_to_be_listed() {
        int year = LocalDate.now(ZoneId.of("Europe/Brussels")).getYear();
        String id = RenewalApiTest.validatedCluster((year - 1) + "-01-01");
        String name = "Cluster Ouvert " + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id))
                .body(DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", name)).put("/api/v1/dossiers/{id}", id)
                .then().statusCode(200);
        String core = MembershipApiTest.memberWithRole(id, "CORE_GROUP");
        String content = TestDossiers.content(core, MembershipApiTest.memberWithRole(id, "MEMBER"),
                MembershipApiTest.memberWithRole(id, "SUPPORT"));
        // the website and the public contact belong to the content's governance part, checked like the rest of it
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id))
                .body(content.replace("\"decisionMaking\": \"Majorité des deux tiers\"",
                        "\"decisionMaking\": \"Majorité des deux tiers\", \"website\": \"www.sans-schema\", \"contactEmail\": \"pas-un-mail\""))
                .put("/api/v1/dossiers/{id}/content", id).then().statusCode(400)
                .body("errors.field", hasItems("governance.website", "governance.contactEmail"));
        TestDossiers.putContent(id, content.replace("\"decisionMaking\": \"Majorité des deux tiers\"",
                "\"decisionMaking\": \"Majorité des deux tiers\", \"website\": \"https://www.cluster-ouvert.be\", "
                        + "\"contactEmail\": \"contact@cluster-ouvert.be\""));
        given().get("/api/v1/dossiers/{id}/content", id).then().body("governance.website", equalTo("https://www.cluster-ouvert.be"));
        TestDossiers.putAnimatorPost(id, core);
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", id).then().statusCode(204);
        String listed = MembershipApiTest.enterprise("Ébénisterie Publique SRL", "SMALL", "5590", "Ciney");
        String discreet = MembershipApiTest.enterprise("Menuiserie Discrète SA", "SMALL", "4000", "Liège");
        MembershipApiTest.join(id, listed, "MEMBER", LocalDate.of(year - 1, 3, 1), true).then().statusCode(201);
        MembershipApiTest.join(id, discreet, "MEMBER", LocalDate.of(year - 1, 3, 1), false).then().statusCode(201);

        String entry = "items.find { it.dossierId == '" + id + "' }.";
        given().queryParam("q", name).get(PATH).then().statusCode(200).body("items", hasSize(1))
                .body(entry + "focusDescription", equalTo("Maisons à ossature bois pour le marché résidentiel wallon"))
                .body(entry + "website", equalTo("https://www.cluster-ouvert.be"))
                .body(entry + "contactEmail", equalTo("contact@cluster-ouvert.be"))
                .body(entry + "animatorName", equalTo("Jeanne Dupont"))
                .body(entry + "flagship", equalTo(true)).body(entry + "flagshipSince", equalTo(year))
                .body(entry + "agrementPeriod", equalTo(1)).body(entry + "agrementStart", equalTo((year - 1) + "-01-01"))
                .body(entry + "schemeLabel.fr", equalTo("cluster économique")).body(entry + "schemeLabel.en", equalTo("economic cluster"))
                .body(entry + "focusKindLabel.en", equalTo("market"))
                // the members on the day: the three validated and the two who joined
                .body(entry + "membersCount", equalTo(5))
                .body(entry + "listedMembers", hasSize(1))
                .body(entry + "listedMembers.name", not(hasItem("Menuiserie Discrète SA")))
                .body(entry + "listedMembers[0].name", equalTo("Ébénisterie Publique SRL"))
                .body(entry + "listedMembers[0].kind", equalTo("ENTERPRISE"))
                .body(entry + "listedMembers[0].kindLabel.fr", equalTo("entreprise"))
                .body(entry + "listedMembers[0].municipality", equalTo("Ciney"))
                .body(entry + "listedMembers[0].postalCode", equalTo("5590"))
                .body(entry + "listedMembers[0].keySet()", equalTo(java.util.Set.of("name", "kind", "kindLabel", "municipality",
                        "postalCode")));
        // the count on a past day: before the two joined
        given().queryParam("on", (year - 1) + "-02-01").get(MembershipApiTest.PATH, id).then().body("count", equalTo(3));

        String tag = given().get(PATH + "/{id}", id).then().statusCode(200).header("Cache-Control", containsString("max-age=300"))
                .body("dossierId", equalTo(id)).body("membersCount", equalTo(5)).body("listedMembers", hasSize(1))
                .extract().header("ETag");
        given().header("If-None-Match", tag).get(PATH + "/{id}", id).then().statusCode(304);
        // the discreet member agrees to be listed (a correction of its join): a listed field changed, so does the ETag
        String join = given().get(MembershipApiTest.PATH + "/history", id).then().extract()
                .path("items.find { it.organisationId == '" + discreet + "' }.id");
        given().contentType(ContentType.JSON).body("{\"entryId\": \"%s\", \"listed\": true, \"reason\": \"Accord écrit\"}".formatted(join))
                .post(MembershipApiTest.PATH + "/corrections", id).then().statusCode(201);
        String changed = given().header("If-None-Match", tag).get(PATH + "/{id}", id).then().statusCode(200)
                .body("listedMembers", hasSize(2))
                .body("listedMembers.name", hasItems("Ébénisterie Publique SRL", "Menuiserie Discrète SA"))
                .extract().header("ETag");
        assertThat(changed).isNotEqualTo(tag);
        given().get(PATH + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
