package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Membership over time (issue #14 item 4): the ledger opened at the agrément, joins, leaves, corrections, every refusal
 * (nothing recorded), the members on a day, the history, and the follow-up figures derived from it.
 */
@QuarkusTest
class MembershipApiTest {

    static final String PATH = "/api/v1/dossiers/{id}/membership";
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    private static final int YEAR = TODAY.getYear();

    static String enterprise(String name, String size, String postalCode, String city) {
        return OrganisationApiTest.create(OrganisationApiTest.json(name, OrganisationApiTest.newEnterpriseNumber(), "ENTERPRISE", size,
                postalCode, "BE", null).replace("\"city\": \"Ville\"", "\"city\": \"" + city + "\"")).path("id");
    }

    /** The organisation of the member with that role on the day (the test clusters have one of each). */
    static String memberWithRole(String id, String role) {
        return given().get(PATH, id).then().statusCode(200).extract().path("members.find { it.role == '" + role + "' }.organisationId");
    }

    static Response join(String id, String organisation, String role, LocalDate day, boolean listed) {
        return given().contentType(ContentType.JSON).body("""
                {"organisationId": "%s", "role": "%s", "day": "%s", "listed": %s, "note": "Adhésion votée par l'assemblée"}"""
                .formatted(organisation, role, day, listed)).post(PATH + "/joins", id);
    }

    static Response leave(String id, String organisation, LocalDate day) {
        return given().contentType(ContentType.JSON).body("""
                {"organisationId": "%s", "day": "%s", "reason": "Cessation d'activité"}""".formatted(organisation, day))
                .post(PATH + "/leaves", id);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void members_join_and_leave_with_dates_the_history_and_the_members_on_a_day_follow_and_every_refusal_records_nothing() {
        LocalDate start = LocalDate.of(YEAR - 1, 1, 1);
        String id = RenewalApiTest.validatedCluster(start.toString());
        // the validated snapshot's members joined on the agrément's first day, recorded by the system
        given().get(PATH + "/history", id).then().statusCode(200).header("ETag", "\"3\"")
                .body("total", equalTo(3)).body("items.kind", everyItem(equalTo("JOIN")))
                .body("items.day", everyItem(equalTo(start.toString()))).body("items.recordedBy", everyItem(equalTo("system")))
                .body("items.listed", everyItem(equalTo(false)));
        given().queryParam("on", start.minusDays(1).toString()).get(PATH, id).then().statusCode(200).body("count", equalTo(0));
        given().get(PATH, id).then().statusCode(200).header("ETag", "\"3\"").body("on", equalTo(TODAY.toString()))
                .body("count", equalTo(3)).body("members.role", hasItems("CORE_GROUP", "MEMBER", "SUPPORT"));
        String member = memberWithRole(id, "MEMBER");

        // every refused change is a problem and records nothing
        String core = memberWithRole(id, "CORE_GROUP");
        String outsider = enterprise("Atelier Extérieur SRL", "MICRO", "5000", "Namur");

        refused(join(id, outsider, "MEMBER", start.minusDays(1), false), "BEFORE_AGREMENT", "day");
        refused(join(id, outsider, "MEMBER", TODAY.plusDays(1), false), "IN_THE_FUTURE", "day");
        refused(join(id, member, "MEMBER", TODAY, false), "ALREADY_A_MEMBER", "organisationId");
        refused(leave(id, outsider, TODAY), "NOT_A_MEMBER", "organisationId");
        refused(leave(id, member, start), "LEAVE_NOT_AFTER_JOIN", "day");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("""
                {"organisationId": "%s", "day": "%s", "reason": "Départ"}""".formatted(core, TODAY)).post(PATH + "/leaves", id).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("CORE_GROUP_WITHOUT_ENTERPRISE"))
                .body("detail", containsString("The core group would have no enterprise left"));
        given().contentType(ContentType.JSON).body("{\"entryId\": \"%s\", \"listed\": true, \"reason\": \"?\"}".formatted(UUID.randomUUID()))
                .post(PATH + "/corrections", id).then().statusCode(409).body("code", equalTo("ENTRY_NOT_CORRECTABLE"));
        // invalid input: every field at once; an unknown organisation
        given().contentType(ContentType.JSON).body("{}").post(PATH + "/joins", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("organisationId", "role", "day"));
        given().contentType(ContentType.JSON).body("{\"organisationId\": \"%s\", \"day\": \"%s\"}".formatted(member, TODAY))
                .post(PATH + "/leaves", id).then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        join(id, UUID.randomUUID().toString(), "MEMBER", TODAY, false).then().statusCode(400)
                .body("errors.field", equalTo(List.of("organisationId")));
        // a stale If-Match
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("""
                {"organisationId": "%s", "role": "MEMBER", "day": "%s"}""".formatted(outsider, TODAY)).post(PATH + "/joins", id).then()
                .statusCode(412).header("ETag", "\"3\"");
        given().queryParam("on", "31/12/2026").get(PATH, id).then().statusCode(400).body("errors[0].field", equalTo("on"));
        given().get(PATH + "/history", id).then().body("total", equalTo(3)).header("ETag", "\"3\"");

        // a draft keeps no ledger (a day after the agrément's end is refused alike: MembershipLedgerTest); no such dossier
        String draft = DossierApiTest.createDossier();
        refused(join(draft, outsider, "MEMBER", TODAY, false), "NOT_A_RECOGNISED_CLUSTER", null);
        join(UUID.randomUUID().toString(), outsider, "MEMBER", TODAY, false).then().statusCode(404);

        String newcomer = enterprise("Menuiserie Nouvelle SA", "MEDIUM", "4000", "Liège");
        join(id, newcomer, "MEMBER", start.plusMonths(2), true).then().statusCode(201).header("ETag", "\"4\"")
                .body("version", equalTo(4)).body("entry.kind", equalTo("JOIN")).body("entry.sequence", equalTo(4))
                .body("entry.listed", equalTo(true)).body("entry.recordedBy", equalTo("cellule-1"))
                .body("entry.note", equalTo("Adhésion votée par l'assemblée"));
        given().contentType(ContentType.JSON).header("If-Match", "\"4\"").body("""
                {"organisationId": "%s", "day": "%s", "reason": "Cessation d'activité"}""".formatted(member, start.plusMonths(6)))
                .post(PATH + "/leaves", id).then().statusCode(201).header("ETag", "\"5\"").body("entry.kind", equalTo("LEAVE"))
                .body("entry.note", equalTo("Cessation d'activité"));

        given().queryParam("on", start.plusMonths(1).toString()).get(PATH, id).then().body("count", equalTo(3));
        given().queryParam("on", start.plusMonths(3).toString()).get(PATH, id).then().body("count", equalTo(4))
                .body("members.find { it.organisationId == '" + newcomer + "' }.name", equalTo("Menuiserie Nouvelle SA"))
                .body("members.find { it.organisationId == '" + newcomer + "' }.sizeClass", equalTo("MEDIUM"))
                .body("members.find { it.organisationId == '" + member + "' }.leftOn", equalTo(start.plusMonths(6).toString()));
        given().get(PATH, id).then().body("count", equalTo(3)).body("members.organisationId", hasItem(newcomer))
                .body("members.organisationId", not(hasItem(member)));

        // a correction is a new entry: the join moved to the 15th
        String joinEntry = given().get(PATH + "/history", id).then().extract().path("items[3].id");
        given().contentType(ContentType.JSON).body("""
                {"entryId": "%s", "day": "%s", "reason": "Adhésion au 15, pas au 1er"}""".formatted(joinEntry, start.plusMonths(2).plusDays(14)))
                .post(PATH + "/corrections", id).then().statusCode(201).body("entry.kind", equalTo("CORRECTION"))
                .body("entry.correctsEntryId", equalTo(joinEntry)).body("entry.organisationId", equalTo(newcomer));
        given().queryParam("on", start.plusMonths(2).plusDays(7).toString()).get(PATH, id).then().body("count", equalTo(3));
        given().queryParam("size", 2).queryParam("page", 2).get(PATH + "/history", id).then().statusCode(200).header("ETag", "\"6\"")
                .body("total", equalTo(6)).body("items", hasSize(2)).body("items.sequence", equalTo(List.of(5, 6)))
                .body("items[0].kind", equalTo("LEAVE"))
                .body("items[1].day", equalTo(start.plusMonths(2).plusDays(14).toString()));
        // each change announced the ledger's members of today to the Comité (conflict rule, "existant"): after the
        // validation, the join, the leave and the correction, the last announcement has the newcomer and not the leaver
        List<String> today = given().get(PATH, id).then().extract().path("members.organisationId");
        List<ClusterMembershipChangedV1> validated = ClusterMembershipEventsTest.membershipOf(kafka, id,
                        l -> l.stream().filter(e -> e.stage().equals("VALIDATED")).count() >= 4).stream()
                .map(ClusterMembershipEventsTest::payload).filter(e -> e.stage().equals("VALIDATED")).toList();
        assertThat(validated).hasSize(4);
        assertThat(validated.get(1).members()).extracting(m -> m.organisationId().toString()).hasSize(4).contains(newcomer, member);
        assertThat(validated.get(3).members()).extracting(m -> m.organisationId().toString())
                .containsExactlyInAnyOrderElementsOf(today).contains(newcomer).doesNotContain(member);
        assertThat(validated.get(3).sequence()).isGreaterThan(validated.get(2).sequence());
        given().get("/api/v1/dossiers/{id}/audit", id).then().statusCode(200)
                .body("action", hasItems("MEMBERSHIP_JOIN", "MEMBERSHIP_LEAVE", "MEMBERSHIP_CORRECTION"))
                .body("find { it.action == 'MEMBERSHIP_LEAVE' }.reason", equalTo("Cessation d'activité"))
                .body("find { it.action == 'MEMBERSHIP_LEAVE' }.actor", equalTo("cellule-1"));
    }

    private static void refused(Response r, String code, String field) {
        var then = r.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/membership-refused")).body("code", equalTo(code));
        if (field != null) {
            then.body("errors.field", hasItem(field));
        }
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_reads_but_records_no_membership_change() {
        given().contentType(ContentType.JSON).body("{}").post(PATH + "/joins", UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post(PATH + "/leaves", UUID.randomUUID()).then().statusCode(403);
        given().get(PATH, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "anyone", roles = "EXPERT")
    void an_expert_reads_no_membership() {
        given().get(PATH, UUID.randomUUID()).then().statusCode(403);
    }

    /**
     * Hand-checked: the cluster's agrément starts on 1 January two years ago with the core enterprise (SMALL), an SME
     * (SMALL) and a research centre; a MEDIUM enterprise joins on 1 June that year; the SME leaves on 1 January last year.
     * On 31 December two years ago: 3 enterprises (2 SMALL, 1 MEDIUM) and 1 research centre; on 31 December last year:
     * 2 enterprises (1 SMALL, 1 MEDIUM) and 1 research centre. The maps a client still sends are ignored.
     */
    @Test
    @TestSecurity(user = "cellule-1", roles = {"REGION", "CELLULE"})
    void the_follow_up_members_by_kind_and_size_are_derived_from_the_ledger_on_31_december() {
        String id = RenewalApiTest.validatedCluster((YEAR - 2) + "-01-01");
        String member = memberWithRole(id, "MEMBER");
        join(id, enterprise("Charpentes Moyennes SA", "MEDIUM", "6000", "Charleroi"), "MEMBER", LocalDate.of(YEAR - 2, 6, 1), false)
                .then().statusCode(201);
        leave(id, member, LocalDate.of(YEAR - 1, 1, 1)).then().statusCode(201);

        given().contentType(ContentType.JSON).body(FollowUpApiTest.report(YEAR - 2, FollowUpApiTest.indicators(0, "12")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(201)
                .body("indicators.membersByKind", equalTo(Map.of("ENTERPRISE", 3, "RESEARCH_CENTRE", 1, "TRAINING_CENTRE", 0,
                        "UNIVERSITY", 0, "FEDERATION", 0, "CHAMBER_OF_COMMERCE", 0, "PUBLIC_BODY", 0)))
                .body("indicators.enterprisesBySize", equalTo(Map.of("MICRO", 0, "SMALL", 2, "MEDIUM", 1, "LARGE", 0)));
        given().contentType(ContentType.JSON).body(FollowUpApiTest.report(YEAR - 1, FollowUpApiTest.indicators(0, "12")))
                .post("/api/v1/dossiers/{id}/follow-up-reports", id).then().statusCode(201)
                .body("indicators.membersByKind.ENTERPRISE", equalTo(2)).body("indicators.membersByKind.RESEARCH_CENTRE", equalTo(1))
                .body("indicators.enterprisesBySize", equalTo(Map.of("MICRO", 0, "SMALL", 1, "MEDIUM", 1, "LARGE", 0)));
        // a correction derives them again, whatever it sends
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"correctionReason\": \"Brevets\", \"indicators\": %s, \"plan\": %s}"
                .formatted(FollowUpApiTest.indicators(3, "12"), FollowUpApiTest.PLAN)).put("/api/v1/dossiers/{id}/follow-up-reports/{year}", id, YEAR - 1)
                .then().statusCode(200).body("indicators.membersByKind.ENTERPRISE", equalTo(2))
                .body("indicators.patentsFiled", equalTo(3));

        // FollowUpApiTest checks that FollowUpReportFiled carries the derived figures
    }

    @Test
    void the_openapi_document_lists_the_membership() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/dossiers/{id}/membership"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/membership/history"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/membership/joins"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/membership/leaves"))
                .body("paths", hasKey("/api/v1/dossiers/{id}/membership/corrections"))
                .body("paths", hasKey("/api/v1/public/clusters/{id}"))
                .body("paths.'/api/v1/dossiers/{id}/membership/joins'.post.description", containsString("Roles: APPLICANT"));
    }
}
