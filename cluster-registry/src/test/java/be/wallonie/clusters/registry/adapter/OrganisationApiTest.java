package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import be.wallonie.clusters.testing.EnterpriseNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationApiTest {

    static final String PATH = "/api/v1/organisations";
    /** The applicants' organisation in these tests: the example of domain.md. */
    static final String APPLICANT_ORG = "0403.170.701";

    /** A fresh valid enterprise number (first digit 0 or 1, mod-97 check digits), dotted. */
    static String newEnterpriseNumber() {
        return EnterpriseNumbers.fresh();
    }

    static String json(String name, String enterpriseNumber, String kind, String sizeClass, String postalCode, String country,
            String corporateGroup) {
        return """
                {"name": %s, "enterpriseNumber": %s, "kind": "%s", "sizeClass": %s, "employees": 12,
                 "naceCodes": ["16.230", "41.201"],
                 "establishments": [{"street": "Rue de l'Industrie 12", "postalCode": "%s", "city": "Ville", "country": "%s",
                                     "registeredOffice": true}],
                 "corporateGroup": %s}"""
                .formatted(quote(name), quote(enterpriseNumber), kind, quote(sizeClass), postalCode, country, quote(corporateGroup));
    }

    static String sme(String name, String enterpriseNumber, String postalCode) {
        return json(name, enterpriseNumber, "ENTERPRISE", "SMALL", postalCode, "BE", null);
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    static ExtractableResponse<Response> create(String body) {
        return given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201).extract();
    }

    // --- register and read -------------------------------------------------------------------

    /** An unreadable value is explained in the caller's language, never with Java's type names (issue #15). */
    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void an_unreadable_number_or_list_is_explained_without_java_types_and_nothing_is_stored() {
        String number = newEnterpriseNumber();
        given().contentType(ContentType.JSON).body(sme("Menuiserie SA", number, "5000").replace("\"employees\": 12", "\"employees\": \"douze\""))
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Valeur illisible pour le champ employees"))
                .body("errors[0].field", equalTo("employees"))
                .body("errors[0].message", equalTo("un nombre entier est attendu (p. ex. 12)"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(sme("Menuiserie SA", number, "5000").replace("\"naceCodes\": [\"16.230\", \"41.201\"]", "\"naceCodes\": {\"a\": 1}"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("naceCodes"))
                .body("errors[0].message", equalTo("a list is expected"))
                .body("errors[0].message", not(containsString("java")));
        given().queryParam("enterpriseNumber", number).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }

    /** A NUL reached PostgreSQL and came back as a 500 (issue #15): now refused as the field's problem, nothing stored. */
    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_name_with_a_nul_or_another_control_character_is_refused_naming_the_field_and_nothing_is_stored() {
        String number = newEnterpriseNumber();
        given().contentType(ContentType.JSON).body(sme("Menuiserie \\u0000 SA", number, "5000")).post(PATH).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", containsString("validation-failed"))
                .body("detail", equalTo("Le champ name contient un caractère interdit (U+0000)"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("caractère de contrôle"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(json("Menuiserie SA", number, "ENTERPRISE", "SMALL", "5000", "BE", "Groupe \\u001b Bois")).post(PATH).then()
                .statusCode(400).body("detail", equalTo("Field corporateGroup contains a forbidden character (U+001B)"))
                .body("errors[0].message", containsString("control character"));
        given().contentType(ContentType.JSON).body(sme("Menuiserie \\ud800 SA", number, "5000")).post(PATH).then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        given().queryParam("enterpriseNumber", number).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        // a search parameter alike (it would reach PostgreSQL too)
        given().urlEncodingEnabled(false).get(PATH + "?name=Bois%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"))
                .body("detail", equalTo("Le paramètre name contient un caractère interdit (U+0000)"));
        // a tab, a line break and a character outside the BMP are text
        create(sme("Menuiserie\\tdu Condroz \\ud83c\\udf32 SA", number, "5000"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void registering_answers_201_with_location_etag_normalised_number_and_derived_region() {
        String number = newEnterpriseNumber();
        String typed = "BE " + number.replace(".", "");
        String body = """
                {"name": "  Bois & Ossature du Condroz SRL ", "enterpriseNumber": "%s", "kind": "ENTERPRISE", "sizeClass": "SMALL",
                 "employees": 23, "naceCodes": ["16.230", "41.201"], "corporateGroup": "Groupe Condroz Bois",
                 "establishments": [
                   {"street": "Rue Simonon 5", "postalCode": "1000", "city": "Bruxelles", "country": "be", "registeredOffice": true},
                   {"street": "Rue de l'Industrie 12", "postalCode": "5590", "city": "Ciney", "country": "BE"}]}"""
                .formatted(typed);
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(body).post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Bois & Ossature du Condroz SRL"))
                .body("enterpriseNumber", equalTo(number))
                .body("kind", equalTo("ENTERPRISE"))
                .body("sizeClass", equalTo("SMALL"))
                .body("employees", equalTo(23))
                .body("naceCodes", contains("16.230", "41.201"))
                .body("establishments.region", contains("BRUSSELS", "WALLONIA"))
                .body("establishments.country", contains("BE", "BE"))
                .body("establishments.registeredOffice", contains(true, false))
                .body("region", equalTo("WALLONIA"))
                .body("corporateGroup", equalTo("Groupe Condroz Bois"))
                .body("version", equalTo(0))
                .body("createdBy", equalTo("cellule-1"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);

        given().get(PATH + "/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("enterpriseNumber", equalTo(number))
                .body("establishments", hasSize(2))
                .body("naceCodes", contains("16.230", "41.201"));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_reads_but_does_not_register() {
        given().contentType(ContentType.JSON).body(sme("Lecture seule", newEnterpriseNumber(), "5000")).post(PATH)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/forbidden"));
        given().get(PATH + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/organisation-not-found"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "FUNDING_READER")
    void a_role_without_rights_gets_403() {
        given().contentType(ContentType.JSON).body(sme("Non", newEnterpriseNumber(), "5000")).post(PATH).then().statusCode(403);
        given().get(PATH + "/{id}", UUID.randomUUID()).then().statusCode(403);
        given().get(PATH).then().statusCode(403);
    }

    @Test
    void without_a_token_401() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    // --- validation --------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void a_bad_enterprise_number_is_a_400_naming_the_field_with_a_french_reason() {
        given().contentType(ContentType.JSON).body(sme("Mauvais numéro", "0403.170.702", "5000")).post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "fr")
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("title", equalTo("La requête contient des données invalides"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("enterpriseNumber"))
                .body("errors[0].message", startsWith("Numéro d'entreprise invalide"));
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT")
    void the_reason_is_in_english_on_request() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(sme("Wrong number", "2403.170.701", "5000"))
                .post(PATH)
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("The request contains invalid data"))
                .body("errors[0].field", equalTo("enterpriseNumber"))
                .body("errors[0].message", equalTo("An enterprise number starts with 0 or 1"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void every_broken_rule_is_listed_with_its_path() {
        String body = """
                {"name": "", "enterpriseNumber": "0403", "kind": "UNIVERSITY", "sizeClass": "LARGE", "employees": -3,
                 "naceCodes": ["62.01", "6201"],
                 "establishments": [{"street": "Rue 1", "postalCode": "999", "city": "X", "country": "BE", "registeredOffice": true},
                                    {"street": "", "postalCode": "5000", "city": "Namur", "country": "BEL"}]}""";
        given().contentType(ContentType.JSON).body(body).post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("enterpriseNumber", "naceCodes[1]", "establishments[0].postalCode",
                        "establishments[1].country", "establishments[1].street", "name", "sizeClass", "employees"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_belgian_organisation_needs_an_enterprise_number_and_an_enterprise_a_size_class() {
        given().contentType(ContentType.JSON).body(json("Sans numéro", null, "ENTERPRISE", null, "5000", "BE", null)).post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("sizeClass", "enterpriseNumber"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void malformed_enum_is_a_problem_naming_the_field() {
        given().contentType(ContentType.JSON).body(sme("X", newEnterpriseNumber(), "5000").replace("ENTERPRISE", "BANANA"))
                .post(PATH).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
    }

    // --- duplicates --------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_duplicate_enterprise_number_in_any_format_is_409_naming_the_existing_organisation() {
        String number = newEnterpriseNumber();
        String first = create(sme("Premier", number, "5000")).path("id");
        given().contentType(ContentType.JSON).body(sme("Second", "BE" + number.replace(".", ""), "4000")).post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/organisation-already-registered"))
                .body("title", equalTo("Organisation déjà enregistrée"))
                .body("detail", containsString(first))
                .body("existingOrganisationId", equalTo(first))
                .body("existingOrganisation", equalTo(PATH + "/" + first));
    }

    // --- derived region ----------------------------------------------------------------------

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_region_is_derived_from_postal_code_and_country() {
        assertThat(create(sme("Namur SA", newEnterpriseNumber(), "5000")).<String>path("region")).isEqualTo("WALLONIA");
        assertThat(create(sme("Bruxelles SA", newEnterpriseNumber(), "1000")).<String>path("region")).isEqualTo("BRUSSELS");
        assertThat(create(sme("Gent NV", newEnterpriseNumber(), "9000")).<String>path("region")).isEqualTo("FLANDERS");
        ExtractableResponse<Response> lille = create(json("Lille SAS", null, "RESEARCH_CENTRE", null, "59000", "FR", null));
        assertThat(lille.<String>path("region")).isEqualTo("ABROAD");
        assertThat(lille.<String>path("enterpriseNumber")).isNull();
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void a_region_typed_in_is_refused_unless_it_merely_echoes_the_derived_one() {
        String contradicting = sme("Région forcée", newEnterpriseNumber(), "9000").replaceFirst("\\{", "{\"region\": \"WALLONIA\",");
        given().contentType(ContentType.JSON).body(contradicting).post(PATH)
                .then().statusCode(400).body("errors.field", contains("region"))
                .body("errors[0].message", containsString("déduite des codes postaux"));
        String wrongPlace = sme("Établissement forcé", newEnterpriseNumber(), "9000")
                .replace("\"registeredOffice\": true", "\"registeredOffice\": true, \"region\": \"WALLONIA\"");
        given().contentType(ContentType.JSON).body(wrongPlace).post(PATH)
                .then().statusCode(400).body("errors.field", contains("establishments[0].region"));

        // GET, then PUT the same document back: the echoed regions are consistent, so accepted
        String id = create(sme("Aller-retour", newEnterpriseNumber(), "9000")).path("id");
        Map<String, Object> read = given().get(PATH + "/{id}", id).then().extract().as(Map.class);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read).put(PATH + "/{id}", id)
                .then().statusCode(200).body("region", equalTo("FLANDERS"));
    }

    // --- update and optimistic locking -------------------------------------------------------

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void an_update_needs_the_current_version_and_a_stale_one_changes_nothing() {
        String number = newEnterpriseNumber();
        String id = create(sme("Avant", number, "1000")).path("id");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(json("Après", number, "ENTERPRISE", "MEDIUM", "5000", "BE", "Groupe X")).put(PATH + "/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Après"))
                .body("sizeClass", equalTo("MEDIUM"))
                .body("region", equalTo("WALLONIA"))
                .body("corporateGroup", equalTo("Groupe X"))
                .body("version", equalTo(1));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(json("Perdu", number, "ENTERPRISE", "LARGE", "9000", "BE", null)).put(PATH + "/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/precondition-failed"))
                .header("ETag", equalTo("\"1\""));

        given().contentType(ContentType.JSON)
                .body(json("Perdu", number, "ENTERPRISE", "LARGE", "9000", "BE", null)).put(PATH + "/{id}", id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/precondition-required"));

        given().get(PATH + "/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Après")).body("sizeClass", equalTo("MEDIUM")).body("region", equalTo("WALLONIA"));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void an_update_cannot_take_another_organisations_number_and_unknown_ids_are_404() {
        String taken = newEnterpriseNumber();
        String owner = create(sme("Titulaire", taken, "5000")).path("id");
        String id = create(sme("Autre", newEnterpriseNumber(), "5000")).path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sme("Autre", taken, "5000")).put(PATH + "/{id}", id)
                .then().statusCode(409).body("existingOrganisationId", equalTo(owner));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sme("X", newEnterpriseNumber(), "5000"))
                .put(PATH + "/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_cannot_update() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sme("X", newEnterpriseNumber(), "5000"))
                .put(PATH + "/{id}", UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = APPLICANT_ORG))
    void an_applicant_updates_their_own_organisation_only() {
        // their organisation: registered by this test or an earlier run of it
        ExtractableResponse<Response> own = given().contentType(ContentType.JSON).body(sme("Ma société", APPLICANT_ORG, "5000"))
                .post(PATH).then().extract();
        String ownId = own.statusCode() == 201 ? own.path("id") : own.path("existingOrganisationId");
        assertThat(ownId).isNotNull();
        String etag = given().get(PATH + "/{id}", ownId).then().statusCode(200).extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag).body(sme("Ma société SRL", "BE0403170701", "5030"))
                .put(PATH + "/{id}", ownId).then().statusCode(200).body("name", equalTo("Ma société SRL"));

        String other = create(sme("Pas la mienne", newEnterpriseNumber(), "5000")).path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sme("Détournée", newEnterpriseNumber(), "5000"))
                .put(PATH + "/{id}", other)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/forbidden"))
                .body("code", equalTo("NOT_OWN_ORGANISATION"));
        given().get(PATH + "/{id}", other).then().body("name", equalTo("Pas la mienne")).header("ETag", equalTo("\"0\""));

        // nor may they hand their own organisation another enterprise number
        String current = given().get(PATH + "/{id}", ownId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", current).body(sme("Ma société SRL", newEnterpriseNumber(), "5000"))
                .put(PATH + "/{id}", ownId).then().statusCode(403);

        given().get(PATH).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant-2", roles = "APPLICANT")
    void an_applicant_without_organisation_claim_updates_nothing() {
        String id = create(sme("Orpheline", newEnterpriseNumber(), "5000")).path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sme("Orpheline", newEnterpriseNumber(), "5000"))
                .put(PATH + "/{id}", id).then().statusCode(403);
    }

    // --- search ------------------------------------------------------------------------------

    record Spec(String name, String number, String kind, String sizeClass, String postalCode, String country, String group,
            String region) {
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void search_filters_and_paginates_in_a_stable_order() {
        String prefix = "ZzSearch-" + UUID.randomUUID().toString().substring(0, 8) + " ";
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            boolean university = i % 3 == 0;
            boolean abroad = i % 5 == 0;
            specs.add(new Spec(
                    prefix + (i % 2 == 0 ? "org " : "ORG ") + String.format("%02d", 24 - i),
                    abroad ? null : newEnterpriseNumber(),
                    university ? "UNIVERSITY" : "ENTERPRISE",
                    university ? null : (i % 2 == 0 ? "SMALL" : "MEDIUM"),
                    abroad ? "59000" : (i % 4 == 0 ? "9000" : "4000"),
                    abroad ? "FR" : "BE",
                    i < 4 ? prefix + "Groupe" : null,
                    abroad ? "ABROAD" : (i % 4 == 0 ? "FLANDERS" : "WALLONIA")));
        }
        for (Spec s : specs) {
            assertThat(create(json(s.name, s.number, s.kind, s.sizeClass, s.postalCode, s.country, s.group)).<String>path("region"))
                    .isEqualTo(s.region);
        }
        List<String> sortedNames = specs.stream().map(Spec::name).sorted(Comparator.comparing(String::toLowerCase)).toList();

        // three pages of 10, 10 and 5, in name order, case-insensitive
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<String> names = given().queryParam("name", prefix.toUpperCase()).queryParam("size", 10).queryParam("page", page)
                    .get(PATH).then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(10))
                    .body("totalItems", equalTo(25)).body("totalPages", equalTo(3))
                    .body("items", hasSize(page < 2 ? 10 : 5))
                    .body("items.establishments", everyItem(hasSize(1)))
                    .body("items.naceCodes", everyItem(contains("16.230", "41.201")))
                    .extract().path("items.name");
            seen.addAll(names);
        }
        assertThat(seen).containsExactlyElementsOf(sortedNames);
        given().queryParam("name", prefix).queryParam("size", 10).queryParam("page", 3).get(PATH)
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(25));

        // default size 20
        given().queryParam("name", prefix).get(PATH).then().statusCode(200).body("size", equalTo(20)).body("items", hasSize(20));

        assertCount(prefix, Map.of("kind", "UNIVERSITY"), specs.stream().filter(s -> s.kind.equals("UNIVERSITY")).count());
        assertCount(prefix, Map.of("kind", "ENTERPRISE", "sizeClass", "MEDIUM"),
                specs.stream().filter(s -> "MEDIUM".equals(s.sizeClass)).count());
        assertCount(prefix, Map.of("region", "WALLONIA"), specs.stream().filter(s -> s.region.equals("WALLONIA")).count());
        assertCount(prefix, Map.of("region", "ABROAD"), 5);
        assertCount(prefix, Map.of("region", "FLANDERS", "kind", "ENTERPRISE"),
                specs.stream().filter(s -> s.region.equals("FLANDERS") && s.kind.equals("ENTERPRISE")).count());
        assertCount(prefix, Map.of("corporateGroup", (prefix + "GROUPE").toLowerCase()), 4);
        Spec one = specs.get(7);
        given().queryParam("enterpriseNumber", "BE" + one.number.replace(".", "")).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo(one.name));
        // "contains": a fragment from the middle of the name
        given().queryParam("name", prefix.substring(3).toLowerCase() + "org 1").queryParam("size", 100).get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(10));
        // LIKE wildcards are literal
        given().queryParam("name", prefix + "%").get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static void assertCount(String prefix, Map<String, String> filters, long expected) {
        given().queryParam("name", prefix).queryParam("size", 100).queryParams(filters).get(PATH)
                .then().statusCode(200).body("totalItems", equalTo((int) expected)).body("items", hasSize((int) expected));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void out_of_range_paging_and_unknown_filters_are_400_problems() {
        for (String size : List.of("0", "101", "abc")) {
            given().queryParam("size", size).get(PATH).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                    .body("errors[0].field", equalTo("size"))
                    .body("errors[0].message", equalTo("Nombre entier de 1 à 100 attendu"));
        }
        given().queryParam("page", "-1").header("Accept-Language", "en").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("page")).body("errors[0].message", equalTo("Whole number of 0 or more expected"));
        given().queryParam("kind", "BANANA").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().queryParam("enterpriseNumber", "0403.170.702").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("enterpriseNumber"));
        given().queryParam("size", 100).get(PATH).then().statusCode(200).body("size", equalTo(100));
    }

    @Test
    void the_openapi_document_describes_the_organisation_operations() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/organisations"))
                .body("paths", hasKey("/api/v1/organisations/{id}"))
                .body("paths.'/api/v1/organisations'.post.description", containsString("CELLULE, APPLICANT"))
                .body("paths.'/api/v1/organisations'.post.requestBody.content.'application/json'.examples", hasKey("walloon-sme"))
                .body("paths.'/api/v1/organisations'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/organisations/{id}'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/organisations/{id}'.put.responses", hasKey("428"))
                .body("paths.'/api/v1/organisations'.get.parameters.name", hasItem("size"))
                .body("components.schemas", hasKey("Organisation"))
                .body("components.schemas.Organisation.properties", hasKey("region"));
    }

    /** The example of the OpenAPI document is a valid registration. */
    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_documented_example_registers_or_is_already_registered() {
        int status = given().contentType(ContentType.JSON)
                .body(be.wallonie.clusters.registry.adapter.in.rest.OrganisationApiExamples.sme()).post(PATH)
                .then().extract().statusCode();
        assertThat(status).isIn(201, 409);
        given().queryParam("enterpriseNumber", "0812345603").get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].region", equalTo("WALLONIA"))
                .body("items[0].establishments.region", contains("WALLONIA", "WALLONIA"))
                .body("items[0].id", notNullValue());
    }
}
