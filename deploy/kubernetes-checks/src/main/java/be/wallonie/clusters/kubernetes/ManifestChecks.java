package be.wallonie.clusters.kubernetes;

import be.wallonie.clusters.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-checks of rendered manifests against one another and against the services: each check returns the
 * problems it found, one sentence each, so a test can assert there are none (and that a broken manifest is
 * caught).
 */
public final class ManifestChecks {

    /** Secrets the administrator creates before applying an overlay (deploy/README.md lists them). */
    public static final Set<String> ADMIN_SECRETS = Set.of("registry-db-credentials", "evaluation-db-credentials",
            "funding-db-credentials", "jwt-verification-key", "clusters-api-tls", "backup-object-store-credentials");

    /** Secrets the Strimzi operator creates: the cluster CA certificate, and one per KafkaUser (its own name). */
    static Set<String> operatorSecrets(List<ObjectNode> docs) {
        Set<String> secrets = new LinkedHashSet<>();
        for (ObjectNode d : docs) {
            if (d.path("kind").asText().equals("Kafka")) {
                secrets.add(name(d) + "-cluster-ca-cert");
            }
            if (d.path("kind").asText().equals("KafkaUser")) {
                secrets.add(name(d));
            }
        }
        return secrets;
    }

    private ManifestChecks() {
    }

    static String name(JsonNode d) {
        return d.path("metadata").path("name").asText();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    /** Every document reads into its typed model, without unknown kinds or fields; no two share kind and name. */
    public static List<String> typed(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ObjectNode d : docs) {
            problems.addAll(TypedManifests.read(d).problems());
            String id = d.path("kind").asText() + "/" + name(d);
            if (!seen.add(id)) {
                problems.add(id + " is defined twice");
            }
        }
        return problems;
    }

    /** Every ConfigMap, Secret, Service, Deployment a manifest refers to exists (or is created by an operator). */
    public static List<String> references(List<ObjectNode> docs) {
        List<String> problems = new ArrayList<>();
        Set<String> configMaps = names(docs, "ConfigMap");
        Set<String> services = names(docs, "Service");
        Set<String> deployments = names(docs, "Deployment");
        Set<String> clusters = names(docs, "Cluster");
        Set<String> secrets = new LinkedHashSet<>(ADMIN_SECRETS);
        secrets.addAll(names(docs, "Secret"));
        secrets.addAll(operatorSecrets(docs));
        for (ObjectNode d : docs) {
            String id = d.path("kind").asText() + "/" + name(d);
            d.findValues("configMapRef").forEach(r -> require(configMaps, r.path("name").asText(), id, "ConfigMap", problems));
            d.findValues("configMapKeyRef").forEach(r -> require(configMaps, r.path("name").asText(), id, "ConfigMap", problems));
            d.findValues("secretKeyRef").forEach(r -> require(secrets, r.path("name").asText(), id, "Secret", problems));
            d.findValues("secretName").forEach(r -> require(secrets, r.asText(), id, "Secret", problems));
            if (d.path("kind").asText().equals("Cluster")) {
                d.findValues("secret").forEach(r -> require(secrets, r.path("name").asText(), id, "Secret", problems));
                d.findValues("s3Credentials").forEach(c -> c.forEach(r -> require(secrets, r.path("name").asText(), id, "Secret", problems)));
            }
            d.findValues("service").forEach(r -> {
                if (r.has("port") && r.has("name")) {
                    require(services, r.path("name").asText(), id, "Service", problems);
                }
            });
            if (d.path("kind").asText().equals("HorizontalPodAutoscaler")) {
                require(deployments, d.path("spec").path("scaleTargetRef").path("name").asText(), id, "Deployment", problems);
            }
            if (d.path("kind").asText().equals("ScheduledBackup")) {
                require(clusters, d.path("spec").path("cluster").path("name").asText(), id, "Cluster", problems);
            }
            if (d.path("kind").asText().equals("PodDisruptionBudget") || d.path("kind").asText().equals("Service")) {
                JsonNode selector = d.path("kind").asText().equals("Service") ? d.path("spec").path("selector")
                        : d.path("spec").path("selector").path("matchLabels");
                boolean matches = ofKind(docs, "Deployment").stream()
                        .anyMatch(dep -> contains(dep.path("spec").path("template").path("metadata").path("labels"), selector));
                if (!matches) {
                    problems.add(id + " selects no Deployment's pods: " + selector);
                }
            }
        }
        return problems;
    }

    private static boolean contains(JsonNode labels, JsonNode selector) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (var it = selector.fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static void require(Set<String> existing, String name, String from, String kind, List<String> problems) {
        if (!existing.contains(name)) {
            problems.add(from + " refers to " + kind + " '" + name + "', which no manifest defines");
        }
    }

    static Set<String> names(List<ObjectNode> docs, String kind) {
        Set<String> out = new LinkedHashSet<>();
        ofKind(docs, kind).forEach(d -> out.add(name(d)));
        return out;
    }

    /** The environment a service's container receives: its own env and that of the ConfigMaps it imports. */
    public static Map<String, JsonNode> environment(List<ObjectNode> docs, String service) {
        Map<String, JsonNode> env = new HashMap<>();
        ObjectNode deployment = Kustomize.find(docs, "Deployment", service);
        if (deployment == null) {
            return env;
        }
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode from : c.path("envFrom")) {
                ObjectNode cm = Kustomize.find(docs, "ConfigMap", from.path("configMapRef").path("name").asText());
                if (cm != null) {
                    cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue()));
                }
            }
            c.path("env").forEach(e -> env.put(e.path("name").asText(), e.has("value") ? e.get("value") : e.get("valueFrom")));
        }
        return env;
    }

    /** Every environment variable set for a service names configuration that service reads. */
    public static List<String> environmentVariables(List<ObjectNode> docs, ServiceFacts service) {
        ConfigNames names = ConfigNames.of(service);
        List<String> problems = new ArrayList<>();
        if (Kustomize.find(docs, "Deployment", service.name()) == null) {
            problems.add("no Deployment for " + service.name());
        }
        for (String var : new TreeSet<>(environment(docs, service.name()).keySet())) {
            if (!names.reads(var)) {
                problems.add(service.name() + " is given " + var + ", which maps to no configuration it reads");
            }
        }
        return problems;
    }

    /** Probes hit the SmallRye Health endpoints on the service's HTTP port; the Service targets that port. */
    public static List<String> probes(List<ObjectNode> docs, ServiceFacts service) {
        List<String> problems = new ArrayList<>();
        ObjectNode deployment = Kustomize.find(docs, "Deployment", service.name());
        if (deployment == null) {
            return List.of("no Deployment for " + service.name());
        }
        Map<String, String> expected = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            Map<String, Integer> ports = new HashMap<>();
            c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            if (!Integer.valueOf(service.httpPort()).equals(ports.get("http"))) {
                problems.add(service.name() + ": container port 'http' is " + ports.get("http") + ", the service listens on "
                        + service.httpPort());
            }
            expected.forEach((probe, path) -> {
                JsonNode get = c.path(probe).path("httpGet");
                if (!path.equals(get.path("path").asText())) {
                    problems.add(service.name() + ": " + probe + " path is '" + get.path("path").asText() + "', expected " + path);
                }
                JsonNode port = get.path("port");
                if (!(port.asText().equals("http") || port.asInt() == service.httpPort())) {
                    problems.add(service.name() + ": " + probe + " port " + port + " is not the HTTP port");
                }
            });
        }
        ObjectNode svc = Kustomize.find(docs, "Service", service.name());
        if (svc == null) {
            problems.add("no Service for " + service.name());
        } else {
            svc.path("spec").path("ports").forEach(p -> {
                if (!(p.path("targetPort").asText().equals("http") || p.path("targetPort").asInt() == service.httpPort())) {
                    problems.add(service.name() + ": Service targets port " + p.path("targetPort") + ", not http");
                }
            });
        }
        return problems;
    }

    /**
     * Every topic of the contracts has a KafkaTopic (partitions as in the contracts, replication factor 3,
     * min.insync.replicas 2), and each service's KafkaUser grants exactly what the service does: Write on the
     * topics it writes, Read on the topics it consumes and its consumer groups — nothing more, so the Comité's
     * independence holds at the broker too.
     */
    public static List<String> kafka(List<ObjectNode> docs, List<ServiceFacts> services) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> topics = new HashMap<>();
        ofKind(docs, "KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(name(t)), t));
        for (Topics.TopicSpec spec : Topics.all()) {
            JsonNode t = topics.get(spec.name());
            if (t == null) {
                problems.add("no KafkaTopic for " + spec.name());
                continue;
            }
            if (t.path("spec").path("partitions").asInt() != spec.partitions()) {
                problems.add("KafkaTopic " + spec.name() + " has " + t.path("spec").path("partitions").asInt() + " partitions, the "
                        + "contracts say " + spec.partitions());
            }
            if (t.path("spec").path("replicas").asInt() != 3) {
                problems.add("KafkaTopic " + spec.name() + " is not replicated 3 times");
            }
            if (t.path("spec").path("config").path("min.insync.replicas").asInt() != 2) {
                problems.add("KafkaTopic " + spec.name() + " does not require min.insync.replicas 2");
            }
        }
        for (ServiceFacts s : services) {
            ObjectNode user = Kustomize.find(docs, "KafkaUser", s.name());
            if (user == null) {
                problems.add("no KafkaUser for " + s.name());
                continue;
            }
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode r = acl.path("resource");
                if (!r.path("patternType").asText("literal").equals("literal")) {
                    problems.add("KafkaUser " + s.name() + " has a non-literal ACL on " + r.path("name").asText());
                }
                acl.path("operations").forEach(op -> granted.add(r.path("type").asText() + ":" + r.path("name").asText() + ":"
                        + op.asText()));
            }
            Set<String> needed = new TreeSet<>();
            s.written().forEach(t -> {
                needed.add("topic:" + t + ":Write");
                needed.add("topic:" + t + ":Describe");
            });
            s.consumed().forEach((t, group) -> {
                needed.add("topic:" + t + ":Read");
                needed.add("topic:" + t + ":Describe");
                needed.add("group:" + group + ":Read");
            });
            for (String n : needed) {
                if (!granted.contains(n)) {
                    problems.add("KafkaUser " + s.name() + " lacks " + n);
                }
            }
            for (String g : granted) {
                if (!needed.contains(g)) {
                    problems.add("KafkaUser " + s.name() + " is granted " + g + ", which the service does not use");
                }
            }
            for (String t : s.written()) {
                if (!topics.containsKey(t)) {
                    problems.add(s.name() + " writes " + t + ", which has no KafkaTopic");
                }
            }
            for (String t : s.consumed().keySet()) {
                if (!topics.containsKey(t)) {
                    problems.add(s.name() + " consumes " + t + ", which has no KafkaTopic");
                }
            }
        }
        return problems;
    }

    /** Every public API path of a service is routed to it by the Ingress, and the Ingress routes nothing else. */
    public static List<String> ingress(List<ObjectNode> docs, List<ServiceFacts> services) {
        List<String> problems = new ArrayList<>();
        Map<String, String> routed = new HashMap<>();
        ofKind(docs, "Ingress").forEach(i -> i.path("spec").path("rules").forEach(rule -> rule.path("http").path("paths")
                .forEach(p -> routed.put(p.path("path").asText(), p.path("backend").path("service").path("name").asText()))));
        Map<String, String> served = new HashMap<>();
        services.forEach(s -> s.apiPrefixes().forEach(p -> served.put(p, s.name())));
        served.forEach((path, service) -> {
            if (!service.equals(routed.get(path))) {
                problems.add(path + " (" + service + ") is routed to " + routed.get(path));
            }
        });
        routed.forEach((path, service) -> {
            if (!served.containsKey(path)) {
                problems.add("the Ingress routes " + path + " to " + service + ", which serves no such path");
            }
        });
        return problems;
    }
}
