package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * ClusterMembershipChanged (issue #14, 000 III.2 "clusters existant ou en projet"): the registry announces a dossier's member
 * set — identities only — when a draft's members change, at submission and when the dossier ends, numbered per dossier.
 */
@QuarkusTest
class ClusterMembershipEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    /** The dossier's membership announcements, once {@code until} holds for them. */
    static List<KafkaTestClient.Received> membershipOf(KafkaTestClient kafka, String id, Predicate<List<ClusterMembershipChangedV1>> until) {
        Predicate<KafkaTestClient.Received> mine = m -> id.equals(m.key())
                && EventCatalog.CLUSTER_MEMBERSHIP_CHANGED.name().equals(m.event().type());
        return kafka.readUntil(Topics.REGISTRY_EVENTS, r -> until.test(r.stream().filter(mine).map(ClusterMembershipEventsTest::payload)
                .toList()), WAIT).stream().filter(mine).toList();
    }

    static ClusterMembershipChangedV1 payload(KafkaTestClient.Received m) {
        return EventCodec.payload(m.event(), EventCatalog.CLUSTER_MEMBERSHIP_CHANGED);
    }

    @Test
    @TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
    void a_drafts_members_are_announced_when_they_change_at_submission_and_empty_when_it_is_withdrawn() {
        String core = TestDossiers.applicantOrganisation();
        // opened by the applicant: its organisation is the first member of the draft
        String id = TestDossiers.createDossier("ECONOMIC_CLUSTER");
        String member = TestDossiers.enterprise("Menuiserie Mosane SA", "4500");
        String support = TestDossiers.researchCentre("Centre Bois Liège");
        String content = TestDossiers.content(core, member, support);
        TestDossiers.putContent(id, content);
        // the same members, another vision and an animateur post: no announcement
        TestDossiers.putContent(id, content.replace("Devenir la référence wallonne de la construction bois",
                "Une vision confidentielle du brouillon"));
        TestDossiers.putAnimatorPost(id, core);
        given().header("If-Match", TestDossiers.etag(id)).post("/api/v1/dossiers/{id}/submission", id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", TestDossiers.etag(id)).body("{\"reason\": \"Le consortium se dissout\"}")
                .post("/api/v1/dossiers/{id}/withdrawal", id).then().statusCode(200);

        List<KafkaTestClient.Received> records = membershipOf(kafka, id, l -> l.stream().anyMatch(p -> p.stage().equals("ENDED")));
        List<ClusterMembershipChangedV1> announced = records.stream().map(ClusterMembershipEventsTest::payload).toList();
        assertThat(records).allSatisfy(m -> assertThat(EventSchemas.violations(m.event())).isEmpty());
        assertThat(announced).extracting(ClusterMembershipChangedV1::stage).containsExactly("DRAFT", "DRAFT", "SUBMITTED", "ENDED");
        assertThat(announced).extracting(ClusterMembershipChangedV1::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(announced).extracting(p -> p.members().size()).containsExactly(1, 3, 3, 0);
        assertThat(announced).allSatisfy(p -> assertThat(p.dossierId()).hasToString(id));

        ClusterMembershipChangedV1.MemberIdentity founder = announced.get(0).members().get(0);
        assertThat(founder.organisationId()).hasToString(core);
        assertThat(founder.enterpriseNumber()).isEqualTo(TestDossiers.APPLICANT_ORG);
        assertThat(founder.name()).isEqualTo("Ossature Test SRL");
        assertThat(founder.country()).isEqualTo("BE");
        assertThat(announced.get(2).members()).extracting(m -> m.organisationId().toString()).containsExactly(core, member, support);
        // identities only: nothing else of the draft (its name, its vision, roles, relations) leaves the registry
        assertThat(records).allSatisfy(m -> assertThat(m.value()).doesNotContain("Cluster Bois-Construction", "vision confidentielle",
                "CORE_GROUP", "JOINT_RESEARCH"));
    }
}
