package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;

import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.funding.application.port.in.RecordFileChangeUseCase;
import be.wallonie.clusters.funding.domain.file.Beneficiary;
import be.wallonie.clusters.funding.domain.file.CoreGroup;
import be.wallonie.clusters.funding.domain.file.FileChange;
import be.wallonie.clusters.funding.domain.file.FundedPeriod;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.testing.access.AccessMatrix;
import be.wallonie.clusters.testing.access.AccessMatrixWalk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The endpoint × role matrix of the funding service (issue #15 §2): {@code src/test/resources/access-matrix.csv} declares
 * every operation of the OpenAPI document once (roles allowed, object-level rule); this test walks the published document
 * and calls every operation with no token, with a token of every role and, for the beneficiary rule, as an applicant of
 * another organisation. Fixture: one funding file of 2071–2073 (years no other test uses) with a payment.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String OWNER = "5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2d4";
    private static final String OWNER_NUMBER = "0403.170.701";
    /** Registered nowhere in this service's fixtures: an organisation that is neither beneficiary nor core group. */
    private static final String STRANGER_NUMBER = "0412.345.614";

    @TestHTTPResource("/")
    URI base;

    @Inject
    RecordFileChangeUseCase files;

    private static String token(String subject, String role, String organisation) {
        return DevTokens.mint(subject, List.of(role), organisation, Duration.ofMinutes(10));
    }

    @Test
    void every_operation_answers_every_role_and_no_token_as_the_access_matrix_declares() {
        UUID dossier = UUID.randomUUID();
        files.recordFileChange(new FileChange.AgrementGranted(dossier, "Cluster Matrice", SchemeCode.CLUSTER_ANIMATOR,
                new FundedPeriod(UUID.randomUUID(), 1, LocalDate.of(2071, 1, 1), LocalDate.of(2073, 12, 31), false),
                new Beneficiary(UUID.fromString(OWNER), OWNER_NUMBER, "Matrice ASBL"), Money.euros(200_000), Money.ZERO,
                CoreGroup.of(Set.of(UUID.fromString(OWNER)), Set.of(OWNER_NUMBER))));
        files.recordFileChange(new FileChange.CostsDeclared(dossier, 2071, Money.euros("40000.00"), Money.ZERO, null));
        String region = token("region-matrix", Roles.REGION, null);
        String payment = given().auth().oauth2(region).contentType(ContentType.JSON).body("""
                {"lineKey": "1/1/2071", "amount": "100.00", "paidOn": "2026-01-15", "reference": "MATRIX-1"}""")
                .post("/api/v1/funding-files/{id}/payments", dossier).then().statusCode(201).extract().path("id");

        List<String> roles = AccessMatrixWalk.constants(Roles.class);
        AccessMatrix matrix = AccessMatrix.load("access-matrix.csv", Set.copyOf(roles));
        AccessMatrixWalk.of(base, matrix, roles)
                .token(Roles.APPLICANT, token("applicant-matrix", Roles.APPLICANT, OWNER_NUMBER))
                .token(Roles.CELLULE, token("cellule-matrix", Roles.CELLULE, null))
                .token(Roles.REGION, region)
                .token(Roles.COMITE_SECRETARIAT, token("secretariat-matrix", Roles.COMITE_SECRETARIAT, null))
                .token(Roles.EXPERT, token("expert-matrix", Roles.EXPERT, null))
                .token(Roles.FUNDING_READER, token("regional-it", Roles.FUNDING_READER, null))
                .outsider("beneficiary", Roles.APPLICANT, token("applicant-stranger", Roles.APPLICANT, STRANGER_NUMBER))
                .pathValue("funding-files/{dossierId}", dossier.toString())
                .pathValue("payments/{paymentId}", payment)
                .pathValue("funding-schemes/{scheme}", "CLUSTER_ANIMATOR")
                .pathValue("versions/{label}", "defaults-1")
                .walk()
                .assertNoMismatch();
    }
}
