package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements of one request to each read endpoint the benchmarks measure (issue #13): an exact number, the same
 * whatever the size of the page, so that an N+1 regression (or a lost fetch join) fails the build. The outbox relay and the
 * inbox use plain JDBC: Hibernate's statistics count only the statements of the request.
 */
@QuarkusTest
@TestSecurity(user = "cellule-1", roles = "CELLULE")
class ReadStatementsTest {

    static final String REGISTER = "/api/v1/public/clusters";

    @Inject
    SessionFactory sessionFactory;

    /** The statements prepared while answering that request, which must answer {@code status}. */
    private long statements(Function<RequestSpecification, Response> request, int status) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        request.apply(given()).then().statusCode(status);
        return stats.getPrepareStatementCount();
    }

    private static String unique(String what) {
        return "ZzRead " + what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_organisation_by_id_costs_one_statement_and_a_search_page_four_whatever_its_size() {
        String prefix = unique("Org");
        // two establishments and two NACE codes: one statement, and their product does not duplicate either list
        String first = OrganisationApiTest.create("""
                {"name": "%s 00", "enterpriseNumber": "%s", "kind": "ENTERPRISE", "sizeClass": "SMALL", "employees": 23,
                 "naceCodes": ["16.230", "41.201"],
                 "establishments": [
                   {"street": "Rue de l'Industrie 12", "postalCode": "5590", "city": "Ciney", "country": "BE", "registeredOffice": true},
                   {"street": "Première Avenue 4", "postalCode": "4040", "city": "Herstal", "country": "BE"}]}"""
                .formatted(prefix, OrganisationApiTest.newEnterpriseNumber())).path("id");
        for (int i = 1; i < 50; i++) {
            TestDossiers.enterprise(prefix + " " + i, "5000"); // one establishment, two NACE codes (OrganisationApiTest.sme)
        }
        assertThat(statements(r -> r.get("/api/v1/organisations/{id}", first), 200)).as("organisation by id").isEqualTo(1);
        given().get("/api/v1/organisations/{id}", first).then().body("establishments.city", contains("Ciney", "Herstal"))
                .body("naceCodes", contains("16.230", "41.201"));
        assertThat(statements(r -> r.get("/api/v1/organisations/{id}", UUID.randomUUID()), 404)).as("unknown organisation").isEqualTo(1);
        for (int size : new int[] {5, 50}) {
            // count, page of ids, establishments of the page, NACE codes of the page
            assertThat(statements(r -> r.queryParam("name", prefix).queryParam("kind", "ENTERPRISE").queryParam("size", size)
                    .get("/api/v1/organisations"), 200)).as("search page of " + size).isEqualTo(4);
        }
        given().queryParam("name", prefix).queryParam("size", 50).get("/api/v1/organisations").then()
                .body("items", hasSize(50)).body("items[0].establishments", hasSize(2)).body("items[49].establishments", hasSize(1))
                .body("items[49].naceCodes", hasSize(2));
    }

    @Test
    void a_dossier_by_id_costs_one_statement_and_a_list_page_two_whatever_its_size() {
        String name = unique("Dossier");
        String one = null;
        for (int i = 0; i < 6; i++) {
            String id = TestDossiers.createDossier("ECONOMIC_CLUSTER");
            given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id))
                    .body(DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", name + " " + i)).put("/api/v1/dossiers/{id}", id)
                    .then().statusCode(200);
            one = one == null ? id : one;
        }
        String first = one;
        assertThat(statements(r -> r.get("/api/v1/dossiers/{id}", first), 200)).as("dossier by id").isEqualTo(1);
        for (int size : new int[] {2, 6}) {
            // count, then the page's dossiers
            assertThat(statements(r -> r.queryParam("text", name).queryParam("status", "DRAFT").queryParam("size", size)
                    .get("/api/v1/dossiers"), 200)).as("dossier list page of " + size).isEqualTo(2);
        }
        given().queryParam("text", name).queryParam("size", 6).get("/api/v1/dossiers").then().body("items", hasSize(6))
                .body("totalItems", equalTo(6));
        // past the end: the count only
        assertThat(statements(r -> r.queryParam("text", name).queryParam("page", 5).get("/api/v1/dossiers"), 200)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "region-1", roles = {"REGION", "CELLULE"})
    void the_public_register_is_rendered_once_per_change_and_never_stale() {
        int year = LocalDate.now(ZoneId.of("Europe/Brussels")).getYear();
        String name = unique("Cluster");
        String a = RenewalApiTest.validatedCluster((year - 1) + "-01-01");
        String b = RenewalApiTest.validatedCluster((year - 1) + "-01-01");
        for (String id : new String[] {a, b}) {
            given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id))
                    .body(DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", name + (id.equals(a) ? " A" : " B")))
                    .put("/api/v1/dossiers/{id}", id).then().statusCode(200);
        }
        // first rendering: the register's version, the count, the page, the page's listed members — whatever the page's size
        for (int size : new int[] {1, 2}) {
            assertThat(statements(r -> r.queryParam("q", name).queryParam("size", size).get(REGISTER), 200))
                    .as("register page of " + size + ", rendered").isEqualTo(4);
        }
        // then from the cache: the version only; the same with If-None-Match (304)
        assertThat(statements(r -> r.queryParam("q", name).queryParam("size", 2).get(REGISTER), 200)).as("cached").isEqualTo(1);
        String tag = given().queryParam("q", name).queryParam("size", 2).get(REGISTER).then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].flagship", equalTo(false)).extract().header("ETag");
        assertThat(statements(r -> r.queryParam("q", name).queryParam("size", 2).header("If-None-Match", tag).get(REGISTER), 304))
                .as("not modified").isEqualTo(1);
        assertThat(statements(r -> r.get(REGISTER + "/{id}", a), 200)).as("one cluster, rendered").isEqualTo(3);
        assertThat(statements(r -> r.get(REGISTER + "/{id}", a), 200)).as("one cluster, cached").isEqualTo(1);

        // a change to what the register shows: the next request shows it, under another ETag
        given().contentType(ContentType.JSON).body("{\"flagship\": true}").put("/api/v1/dossiers/{id}/flagship", a).then().statusCode(204);
        String changed = given().queryParam("q", name).queryParam("size", 2).header("If-None-Match", tag).get(REGISTER).then()
                .statusCode(200).body("items[0].flagship", equalTo(true)).extract().header("ETag");
        assertThat(changed).isNotEqualTo(tag);
        given().get(REGISTER + "/{id}", a).then().statusCode(200).body("flagship", equalTo(true));
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(b))
                .body(DossierApiTest.NEW_DOSSIER.replace("Cluster Bois-Construction", name + " B renamed")).put("/api/v1/dossiers/{id}", b)
                .then().statusCode(200);
        given().queryParam("q", name).queryParam("size", 2).get(REGISTER).then().statusCode(200)
                .body("items[1].name", equalTo(name + " B renamed"));
        // unknown filter values are still refused before any caching
        given().queryParam("scheme", "LOBBY").get(REGISTER).then().statusCode(400).contentType("application/problem+json");
    }
}
