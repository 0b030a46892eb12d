package be.wallonie.clusters.evaluation.adapter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Cases opened through the real broker, experts created through the API, tokens per user. */
final class ComiteFixtures {

    static final String SECRETARIAT = "comite-secretariat";
    final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(DevTokens.mint(subject, List.of(role), null, Duration.ofMinutes(10)));
    }

    static RequestSpecification secretariat() {
        return as(SECRETARIAT, "COMITE_SECRETARIAT");
    }

    static RequestSpecification expert(String userId) {
        return as(userId, "EXPERT");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static DossierSnapshotV1.Member member(String enterpriseNumber, String name) {
        return new DossierSnapshotV1.Member(UUID.randomUUID(), enterpriseNumber, name, "ENTERPRISE", "SMALL", "CORE_GROUP", "WALLONIA",
                "BE", true, null, List.of("41.201"), 12, false, null);
    }

    /** Publishes a DossierSubmitted with these members and waits for the case it opens; answers the case id. */
    String openCase(UUID dossierId, int snapshotVersion, String focusDomain, DossierSnapshotV1.Member... members) {
        return openCase(dossierId, snapshotVersion, focusDomain, "ECONOMIC_CLUSTER", null, null, members);
    }

    /** As {@link #openCase(UUID, int, String, DossierSnapshotV1.Member...)}, submitted under a scheme to a call and session. */
    String openCase(UUID dossierId, int snapshotVersion, String focusDomain, String scheme, UUID callId, UUID sessionId,
            DossierSnapshotV1.Member... members) {
        DossierSnapshotV1 snapshot = new DossierSnapshotV1("Cluster " + focusDomain, "CL", scheme, "VALIDATION",
                new DossierSnapshotV1.Focus("MARKET", focusDomain, null), List.of(members), List.of(), List.of(), List.of(), List.of(),
                null, null, null);
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), EventCodec.write(EventCodec.envelope(EventCatalog.DOSSIER_SUBMITTED,
                "/cluster-registry", dossierId.toString(), new DossierSubmittedV1(dossierId, snapshotVersion, callId, sessionId,
                        OffsetDateTime.now(ZoneOffset.UTC), "applicant-1", snapshot))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> secretariat().queryParam("dossierId", dossierId)
                .get("/api/v1/evaluation-cases").then().statusCode(200).body("$", hasSize(snapshotVersion)));
        return secretariat().queryParam("dossierId", dossierId).get("/api/v1/evaluation-cases").then().extract()
                .path("[" + (snapshotVersion - 1) + "].id");
    }

    /** Publishes a ClusterMembershipChanged as the registry would; answers the envelope sent (to redeliver it). */
    String announce(UUID dossierId, long sequence, String stage, ClusterMembershipChangedV1.MemberIdentity... members) {
        String envelope = EventCodec.write(EventCodec.envelope(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED, "/cluster-registry",
                dossierId.toString(), new ClusterMembershipChangedV1(dossierId, sequence, stage, List.of(members),
                        OffsetDateTime.now(ZoneOffset.UTC))));
        kafka.send(Topics.REGISTRY_EVENTS, dossierId.toString(), envelope);
        return envelope;
    }

    static ClusterMembershipChangedV1.MemberIdentity identity(String enterpriseNumber, String name) {
        return new ClusterMembershipChangedV1.MemberIdentity(UUID.randomUUID(), enterpriseNumber, name, "BE");
    }

    /** Registers an expert; answers its id. {@code affiliationNumber} may be null. */
    static String registerExpert(String userId, String country, String domain, boolean specialist, boolean staff, String affiliationNumber) {
        String affiliations = affiliationNumber == null ? "[]" : """
                [{"enterpriseNumber": "%s", "organisationName": "Entreprise liée", "role": "administrateur", "from": "2020-01-01"}]"""
                .formatted(affiliationNumber);
        return secretariat().contentType(ContentType.JSON).body("""
                {"userId": "%s", "name": "Expert %s", "country": "%s", "domains": ["%s"], "regionalDevelopmentSpecialist": %s,
                 "publicAuthorityStaff": %s, "affiliations": %s}""".formatted(userId, userId, country, domain, specialist, staff, affiliations))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id");
    }

    /** A body scoring every criterion {@code score}, with CRITICAL_MASS at {@code criticalMass}. */
    static String scores(int score, int criticalMass, String reason) {
        return "{\"scores\": [" + Arrays.stream(Criterion.values())
                .map(c -> "{\"criterion\": \"%s\", \"score\": %d, \"reason\": \"%s %s\"}".formatted(c.name(),
                        c == Criterion.CRITICAL_MASS ? criticalMass : score, reason, c.name()))
                .collect(Collectors.joining(", ")) + "]}";
    }

    static String panelBody(String... expertIds) {
        return "{\"expertIds\": [" + Arrays.stream(expertIds).map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")) + "]}";
    }

    static void composePanel(String caseId, String... expertIds) {
        String etag = secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200).extract().header("ETag");
        secretariat().contentType(ContentType.JSON).header("If-Match", etag).body(panelBody(expertIds))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200);
    }

    static void signNoConflict(String caseId, String userId) {
        expert(userId).contentType(ContentType.JSON).body("{\"statement\": \"Je déclare n'avoir aucun lien avec ce cluster.\"}")
                .post("/api/v1/evaluation-cases/{id}/no-conflict-declaration", caseId).then().statusCode(201);
    }

    static void scoreAndSubmit(String caseId, String userId, int score, int criticalMass) {
        expert(userId).contentType(ContentType.JSON).body(scores(score, criticalMass, userId))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(200);
        expert(userId).post("/api/v1/evaluation-cases/{id}/scores/mine/submission", caseId).then().statusCode(200);
    }
}
