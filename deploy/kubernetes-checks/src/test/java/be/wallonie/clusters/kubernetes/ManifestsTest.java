package be.wallonie.clusters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The manifests of deploy/kubernetes, checked on every build without a cluster or kubectl. */
class ManifestsTest {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    static final Path MANIFESTS = REPOSITORY.resolve("deploy/kubernetes");
    static final List<ServiceFacts> SERVICES = ServiceFacts.serviceNames().stream().map(s -> ServiceFacts.read(REPOSITORY, s)).toList();

    static Stream<String> overlays() {
        return Stream.of("dev", "prod");
    }

    static List<ObjectNode> render(String overlay) {
        return Kustomize.render(MANIFESTS.resolve("overlays").resolve(overlay));
    }

    @Test
    void every_overlay_directory_is_checked() throws Exception {
        try (Stream<Path> dirs = Files.list(MANIFESTS.resolve("overlays"))) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactlyInAnyOrderElementsOf(overlays().toList());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_manifest_reads_into_its_typed_model(String overlay) {
        List<ObjectNode> docs = render(overlay);
        assertThat(docs).hasSizeGreaterThan(30);
        assertThat(ManifestChecks.typed(docs)).isEmpty();
        assertThat(docs).allSatisfy(d -> assertThat(d.path("metadata").path("namespace").asText())
                .isEqualTo(overlay.equals("prod") ? "clusters" : "clusters-dev"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_reference_resolves(String overlay) {
        assertThat(ManifestChecks.references(render(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_environment_variable_is_configuration_the_service_reads(String overlay) {
        List<ObjectNode> docs = render(overlay);
        for (ServiceFacts s : SERVICES) {
            assertThat(ManifestChecks.environmentVariables(docs, s)).as(s.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probes_and_ports_match_the_services(String overlay) {
        List<ObjectNode> docs = render(overlay);
        for (ServiceFacts s : SERVICES) {
            assertThat(ManifestChecks.probes(docs, s)).as(s.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_topic_has_a_kafka_topic_and_each_service_exactly_its_acls(String overlay) {
        assertThat(ManifestChecks.kafka(render(overlay), SERVICES)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void the_ingress_routes_every_public_api_path_to_its_service(String overlay) {
        assertThat(ManifestChecks.ingress(render(overlay), SERVICES)).isEmpty();
    }

    @Test
    void production_runs_two_replicas_and_development_one() {
        for (String service : ServiceFacts.serviceNames()) {
            assertThat(Kustomize.find(render("prod"), "Deployment", service).at("/spec/replicas").asInt()).isEqualTo(2);
            assertThat(Kustomize.find(render("dev"), "Deployment", service).at("/spec/replicas").asInt()).isEqualTo(1);
            assertThat(Kustomize.find(render("prod"), "HorizontalPodAutoscaler", service).at("/spec/minReplicas").asInt()).isEqualTo(2);
        }
        assertThat(Kustomize.find(render("prod"), "Cluster", "evaluation-db").at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(Kustomize.find(render("dev"), "Cluster", "evaluation-db").at("/spec/instances").asInt()).isEqualTo(1);
    }

    @Test
    void containers_run_as_non_root_on_a_read_only_root_file_system() {
        for (String service : ServiceFacts.serviceNames()) {
            JsonNode pod = Kustomize.find(render("prod"), "Deployment", service).at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            JsonNode c = pod.at("/containers/0/securityContext");
            assertThat(c.path("readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(c.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(pod.at("/containers/0/resources/limits/memory").asText()).isNotEmpty();
        }
    }

    @Test
    void the_readme_tells_the_administrator_every_secret_to_create() throws Exception {
        String readme = Files.readString(REPOSITORY.resolve("deploy/README.md"));
        assertThat(ManifestChecks.ADMIN_SECRETS).allSatisfy(secret -> assertThat(readme).contains(secret));
    }

    // ------------------------------------------------------------------ the checks can fail

    @Test
    void a_misspelt_environment_variable_is_caught() {
        List<ObjectNode> docs = render("dev");
        ObjectNode cm = Kustomize.find(docs, "ConfigMap", "funding-service-config");
        cm.with("data").put("QUARKUS_DATASOURCE_JDBC_ULR", "jdbc:postgresql://funding-db-rw:5432/funding");
        ServiceFacts funding = SERVICES.stream().filter(s -> s.name().equals("funding-service")).findFirst().orElseThrow();
        assertThat(ManifestChecks.environmentVariables(docs, funding))
                .containsExactly("funding-service is given QUARKUS_DATASOURCE_JDBC_ULR, which maps to no configuration it reads");
    }

    @Test
    void a_missing_acl_and_an_extra_one_are_caught() {
        List<ObjectNode> docs = render("prod");
        ArrayNode acls = (ArrayNode) Kustomize.find(docs, "KafkaUser", "cluster-registry").at("/spec/authorization/acls");
        acls.remove(0);
        ArrayNode evaluation = (ArrayNode) Kustomize.find(docs, "KafkaUser", "evaluation-service").at("/spec/authorization/acls");
        // the evaluation service reads funding.events (policy evaluation), never the registry's dead letters
        evaluation.addObject().put("host", "*").set("resource", evaluation.objectNode().put("type", "topic")
                .put("name", "cluster-registry.dlq").put("patternType", "literal"));
        ((ObjectNode) evaluation.get(evaluation.size() - 1)).putArray("operations").add("Read");
        assertThat(ManifestChecks.kafka(docs, SERVICES)).contains(
                "KafkaUser cluster-registry lacks topic:cluster-registry.events:Write",
                "KafkaUser evaluation-service is granted topic:cluster-registry.dlq:Read, which the service does not use");
    }

    @Test
    void an_unknown_field_or_kind_is_caught() {
        List<ObjectNode> docs = render("prod");
        ObjectNode deployment = Kustomize.find(docs, "Deployment", "cluster-registry");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("livenesProbe", "typo");
        ObjectNode topic = Kustomize.find(docs, "KafkaTopic", "funding-events");
        ((ObjectNode) topic.get("spec")).put("replica", 3);
        ObjectNode db = Kustomize.find(docs, "Cluster", "funding-db");
        ((ObjectNode) db.get("spec")).put("instance", 3);
        ObjectNode unknown = docs.get(0).deepCopy().put("kind", "Gadget");
        docs = new java.util.ArrayList<>(docs);
        docs.add(unknown);
        List<String> problems = ManifestChecks.typed(docs);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Deployment/cluster-registry").contains("livenesProbe"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("KafkaTopic/funding-events").contains("replica"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Cluster/funding-db").contains("instance"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("unknown kind v1/Gadget"));
    }

    @Test
    void a_dangling_reference_a_wrong_probe_and_an_unrouted_path_are_caught() {
        List<ObjectNode> docs = render("prod");
        ObjectNode deployment = Kustomize.find(docs, "Deployment", "funding-service");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/envFrom/0/configMapRef")).put("name", "fundng-config");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/readinessProbe/httpGet")).put("path", "/health");
        ArrayNode paths = (ArrayNode) Kustomize.find(docs, "Ingress", "clusters-api").at("/spec/rules/0/http/paths");
        paths.remove(0);
        ServiceFacts funding = SERVICES.stream().filter(s -> s.name().equals("funding-service")).findFirst().orElseThrow();
        assertThat(ManifestChecks.references(docs)).contains(
                "Deployment/funding-service refers to ConfigMap 'fundng-config', which no manifest defines");
        assertThat(ManifestChecks.probes(docs, funding)).contains(
                "funding-service: readinessProbe path is '/health', expected /q/health/ready");
        assertThat(ManifestChecks.ingress(docs, SERVICES)).contains("/api/v1/organisations (cluster-registry) is routed to null");
    }

    @Test
    void a_kustomize_feature_the_renderer_does_not_reproduce_is_refused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\nconfigMapGenerator:\n  - name: x\n");
        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("configMapGenerator");
    }
}
