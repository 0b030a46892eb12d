package be.wallonie.clusters.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.kubernetes.Kustomize;
import be.wallonie.clusters.kubernetes.ManifestChecks;
import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.localstack.Infrastructure;
import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.localstack.StackServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services start and become ready with exactly the environment variables the dev overlay gives them, their
 * values pointed at the local stack: the database and broker addresses and credentials, the development JWT key
 * and issuer, and PLAINTEXT instead of SASL_SSL (the local broker has no TLS; the Kafka client then ignores the
 * SASL and TLS settings, which are still set). JAVA_OPTS_APPEND, read by the image's start script, is given to the
 * JVM. The one variable added is QUARKUS_HTTP_PORT, so that the test's services do not collide on a port.
 */
@Order(2) // starts services of its own, before the shared ones (SharedServices)
class DevOverlayEnvironmentTest {

    static final List<ObjectNode> DEV = Kustomize.render(SystemUnderTest.ROOT.resolve("deploy/kubernetes/overlays/dev"));

    @ParameterizedTest
    @ValueSource(strings = {"cluster-registry", "evaluation-service", "funding-service"})
    void a_service_configured_as_the_dev_overlay_configures_it_becomes_ready(String service) throws Exception {
        Map<String, JsonNode> overlay = ManifestChecks.environment(DEV, service);
        assertThat(overlay).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

        StackServices.ServiceSpec spec = SystemUnderTest.spec(service);
        Map<String, String> local = Infrastructure.shared().environment(spec.database());
        Map<String, String> env = new LinkedHashMap<>();
        List<String> jvm = new ArrayList<>(SystemUnderTest.JVM);
        overlay.forEach((name, value) -> {
            String v = switch (name) {
                case "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                        "KAFKA_BOOTSTRAP_SERVERS" -> local.get(name);
                case "KAFKA_SECURITY_PROTOCOL" -> "PLAINTEXT";
                case "KAFKA_SASL_JAAS_CONFIG" ->
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + service + "\" password=\"local\";";
                case "MP_JWT_VERIFY_PUBLICKEY_LOCATION" -> publicKey();
                case "MP_JWT_VERIFY_ISSUER" -> DevTokens.ISSUER;
                default -> value.isTextual() ? value.asText() : null;
            };
            assertThat(v).as("a local value for " + name).isNotNull();
            env.put(name, v);
        });
        String javaOpts = env.get("JAVA_OPTS_APPEND");
        if (javaOpts != null) {
            jvm.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
        }
        jvm.removeIf(o -> o.startsWith("-Xmx")); // the overlay's MaxRAMPercentage sizes the heap
        jvm.add("-XX:MaxRAM=448m"); // the dev overlay's memory limit, as the container would see it

        SharedServices.stop(); // one instance per consumer group on the shared broker
        try (ServiceProcess p = ServiceProcess.start(SystemUnderTest.ROOT, service, SystemUnderTest.freePort(), env, jvm,
                SystemUnderTest.logs())) {
            p.awaitReady(Duration.ofSeconds(90));
            given().baseUri(p.baseUrl()).get("/q/health/ready").then().statusCode(200);
        }
    }

    private static String publicKey() {
        try {
            return SystemUnderTest.publicKey().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
