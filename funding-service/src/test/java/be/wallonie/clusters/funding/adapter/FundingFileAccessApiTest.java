package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.funding.application.port.out.FundingFilePort;
import be.wallonie.clusters.funding.domain.file.Beneficiary;
import be.wallonie.clusters.funding.domain.file.FundedPeriod;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Beneficiaries read their own money (issue #11 §8): an applicant reads the funding file and schedules of its own
 * organisation — the beneficiary, or a core-group member — and nothing else; another cluster's file is not found.
 *
 * <p>Two files: {@code fromEvents}, built from the registry's agrément event (beneficiary {@link RegistryEvents#BENEFICIARY},
 * enterprise number 0403.170.701); {@code withCoreGroup}, stored through the funding file port with a beneficiary and a
 * core group of known ids (the registry's events name the core group by organisation id).
 */
@QuarkusTest
class FundingFileAccessApiTest {

    static final String FILES = "/api/v1/funding-files/{id}";
    static final String SCHEDULES = "/api/v1/funding-files/{id}/schedules";
    static final String BENEFICIARY_NUMBER = "0403.170.701";
    static final String OTHER_BENEFICIARY_ID = "7d7f3c1e-2b9a-4c55-9d0e-51a6a1f0b001";
    static final String CORE_MEMBER_ID = "7d7f3c1e-2b9a-4c55-9d0e-51a6a1f0b002";
    static final String STRANGER_NUMBER = "0412.345.614";

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final UUID fromEvents = UUID.randomUUID();
    private static final UUID withCoreGroup = UUID.randomUUID();
    private static boolean seeded;

    @Inject
    FundingFilePort files;

    @BeforeEach
    void two_files() {
        if (seeded) {
            return;
        }
        new KafkaTestClient(LocalStackTestResource.bootstrapServers()).send(Topics.REGISTRY_EVENTS, fromEvents.toString(),
                RegistryEvents.granted(fromEvents, UUID.randomUUID(), "ECONOMIC_CLUSTER", LocalDate.of(2052, 4, 1),
                        LocalDate.of(2055, 3, 31), "200000.00", null));
        FundingFile file = FundingFile.open(withCoreGroup).agrementGranted("Cluster Pierre", SchemeCode.CLUSTER_ANIMATOR,
                new FundedPeriod(UUID.randomUUID(), 1, LocalDate.of(2056, 1, 1), LocalDate.of(2058, 12, 31), false),
                new Beneficiary(UUID.fromString(OTHER_BENEFICIARY_ID), "0417.497.106", "Pierre Bleue ASBL"), Money.euros(150_000),
                Money.ZERO, Set.of(UUID.fromString(OTHER_BENEFICIARY_ID), UUID.fromString(CORE_MEMBER_ID)));
        QuarkusTransaction.requiringNew().run(() -> files.saveFundingFile(file));
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> files.loadFundingFile(fromEvents)).isPresent());
        seeded = true;
    }

    private static void awaitSchedule() {
        await().atMost(WAIT).untilAsserted(() -> given().get(SCHEDULES, fromEvents).then().statusCode(200).body("$", hasSize(1)));
    }

    @Test
    @TestSecurity(user = "animateur-employer", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = BENEFICIARY_NUMBER))
    void the_beneficiary_reads_its_file_and_schedules_by_its_enterprise_number() {
        awaitSchedule();
        given().get(FILES, fromEvents).then().statusCode(200)
                .body("dossierId", equalTo(fromEvents.toString()))
                .body("beneficiary.enterpriseNumber", equalTo(BENEFICIARY_NUMBER))
                .body("currentSchedules", hasSize(1))
                // agrément year 1 is 2052-04-01 – 2053-03-31 (365 days): cap 160 000 × 275/365 = 120 547.945… → 120 547.95,
                // reached (costs 200 000 × 275/366 = 150 273.22 in the leap year 2052)
                .body("currentSchedules[0].lines[0].granted", equalTo("120547.95"))
                .body("currentSchedules[0].lines.schemeVersion", everyItem(equalTo("defaults-1")));
        given().get(SCHEDULES, fromEvents).then().statusCode(200).body("[0].version", equalTo(1))
                // one period, three capped agrément years: 3 × 160 000
                .body("[0].totals.granted", equalTo("480000.00"));
        // not a file of its organisation
        given().get(FILES, withCoreGroup).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "animateur-employer", roles = "APPLICANT", attributes = @SecurityAttribute(key = "org", value = "0403170701"))
    void the_enterprise_number_may_be_written_without_dots() {
        given().get(FILES, fromEvents).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "pierre-bleue", roles = "APPLICANT", attributes = @SecurityAttribute(key = "org", value = OTHER_BENEFICIARY_ID))
    void the_beneficiary_reads_its_file_by_its_organisation_id() {
        given().get(FILES, withCoreGroup).then().statusCode(200).body("clusterName", equalTo("Cluster Pierre"));
        given().get(SCHEDULES, withCoreGroup).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "core-member", roles = "APPLICANT", attributes = @SecurityAttribute(key = "org", value = CORE_MEMBER_ID))
    void a_core_group_member_reads_its_clusters_file_and_never_another_clusters() {
        given().get(FILES, withCoreGroup).then().statusCode(200).body("dossierId", equalTo(withCoreGroup.toString()))
                .body("beneficiary.name", equalTo("Pierre Bleue ASBL"));
        given().get(SCHEDULES, withCoreGroup).then().statusCode(200);
        given().get(FILES, fromEvents).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/funding-file-not-found"));
        given().get(SCHEDULES, fromEvents).then().statusCode(404);
    }

    /** A file the applicant may not read answers exactly as a file that does not exist: its existence is not disclosed. */
    @Test
    @TestSecurity(user = "stranger", roles = "APPLICANT", attributes = @SecurityAttribute(key = "org", value = STRANGER_NUMBER))
    void a_stranger_gets_404_as_for_a_file_that_does_not_exist() {
        UUID none = UUID.randomUUID();
        for (UUID dossier : new UUID[] {fromEvents, withCoreGroup, none}) {
            given().header("Accept-Language", "en").get(FILES, dossier).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://clusters.wallonie.be/problems/funding-file-not-found"))
                    .body("title", equalTo("Funding file not found"))
                    .body("detail", equalTo("No funding file for " + dossier));
            given().get(SCHEDULES, dossier).then().statusCode(404);
        }
    }

    @Test
    @TestSecurity(user = "applicant-without-org", roles = "APPLICANT")
    void an_applicant_token_without_org_is_forbidden() {
        given().get(FILES, fromEvents).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/forbidden"))
                .body("detail", equalTo("Le jeton ne nomme pas l'organisation du demandeur (revendication « org »)"));
        given().header("Accept-Language", "en").get(SCHEDULES, UUID.randomUUID()).then().statusCode(403)
                .body("detail", equalTo("The token does not name the applicant's organisation (claim 'org')"));
    }

    @Test
    @TestSecurity(user = "applicant-odd-org", roles = "APPLICANT", attributes = @SecurityAttribute(key = "org", value = "not an org"))
    void an_org_claim_that_names_no_organisation_is_forbidden_too() {
        given().get(FILES, fromEvents).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "region-it", roles = "FUNDING_READER")
    void funding_readers_read_every_file() {
        given().get(FILES, fromEvents).then().statusCode(200).body("poleProjects", hasSize(0))
                .body("agrementPeriods[0].start", equalTo("2052-04-01"));
        given().get(FILES, withCoreGroup).then().statusCode(200);
        given().get(SCHEDULES, withCoreGroup).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "region-1", roles = "REGION")
    void the_region_reads_every_file() {
        given().get(FILES, fromEvents).then().statusCode(200);
        given().get(FILES, withCoreGroup).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_cellule_reads_every_file() {
        given().get(FILES, fromEvents).then().statusCode(200);
        given().get(SCHEDULES, withCoreGroup).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "expert-1", roles = "EXPERT")
    void experts_do_not_read_funding_files() {
        given().get(FILES, fromEvents).then().statusCode(403);
    }

    @Test
    void reading_needs_a_token() {
        given().get(FILES, fromEvents).then().statusCode(401);
    }
}
