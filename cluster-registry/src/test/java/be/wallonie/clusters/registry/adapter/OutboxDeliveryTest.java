package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.foundation.outbox.OutboxRelay;
import be.wallonie.clusters.testing.KafkaTestClient;
import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An event committed while the relay cannot publish is published once publication resumes, exactly once. */
@QuarkusTest
@TestSecurity(user = "applicant-1", roles = "APPLICANT",
            attributes = @SecurityAttribute(key = "org", value = TestDossiers.APPLICANT_ORG))
class OutboxDeliveryTest {

    @Inject
    OutboxRelay relay;

    private final KafkaTestClient kafka = new KafkaTestClient(LocalStackTestResource.bootstrapServers());

    @AfterEach
    void resume() {
        relay.resume();
    }

    @Test
    void an_event_committed_while_the_relay_is_stopped_is_published_after_restart_exactly_once() {
        relay.pause();
        String id = TestDossiers.submittedDossier();

        // committed: the row waits in the outbox, nothing reached the broker
        assertThat(relay.pendingCount()).isGreaterThanOrEqualTo(1);
        assertThat(kafka.readAll(Topics.REGISTRY_EVENTS, Duration.ofSeconds(3)))
                .noneMatch(r -> TestDossiers.eventOf(id, r));

        relay.resume();

        await().atMost(Duration.ofSeconds(20)).until(() -> relay.pendingCount() == 0);
        List<KafkaTestClient.Received> published = kafka.readAll(Topics.REGISTRY_EVENTS, Duration.ofSeconds(3)).stream()
                .filter(r -> TestDossiers.eventOf(id, r)).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).event().subject()).isEqualTo(id);
    }
}
