package be.wallonie.clusters.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads rendered manifests into typed models — fabric8's for Kubernetes, Strimzi's own, strict records for
 * CloudNativePG — and reports what those models do not know: an unknown kind or apiVersion, an unknown field
 * anywhere in a resource (the fabric8 and Strimzi models keep unknown fields aside instead of failing; they are
 * collected here and reported with their path).
 */
public final class TypedManifests {

    /** The kinds the manifests may contain, by apiVersion and kind. */
    public static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CloudNativePg.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", CloudNativePg.ScheduledBackup.class));

    private static final ObjectMapper LENIENT = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ObjectMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private TypedManifests() {
    }

    /** A manifest read into its model, or the problems that prevented it. */
    public record Typed(JsonNode source, Object model, List<String> problems) {

        public String id() {
            return source.path("kind").asText() + "/" + source.path("metadata").path("name").asText();
        }
    }

    public static Typed read(JsonNode doc) {
        String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        Class<?> type = KINDS.get(key);
        List<String> problems = new ArrayList<>();
        String id = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
        if (type == null) {
            problems.add(id + ": unknown kind " + key);
            return new Typed(doc, null, problems);
        }
        Object model;
        try {
            model = (type.isRecord() ? STRICT : LENIENT).treeToValue(doc, type);
        } catch (Exception e) {
            problems.add(id + ": " + e.getMessage().lines().findFirst().orElse(e.toString()));
            return new Typed(doc, null, problems);
        }
        collectUnknown(model, id, problems, 0);
        return new Typed(doc, model, problems);
    }

    /** Walks the model and reports every non-empty map of unknown properties. */
    static void collectUnknown(Object node, String path, List<String> problems, int depth) {
        if (node == null || depth > 40 || !isModel(node.getClass())) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            boolean accessor = name.startsWith("get") || node.getClass().isRecord() && isRecordComponent(node.getClass(), name);
            if (!accessor || name.equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties") && value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                problems.add(path + ": unknown field(s) " + extra.keySet());
                continue;
            }
            String child = path + "." + (name.startsWith("get") ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name);
            if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    collectUnknown(item, child + "[" + i++ + "]", problems, depth + 1);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> collectUnknown(v, child + "." + k, problems, depth + 1));
            } else {
                collectUnknown(value, child, problems, depth + 1);
            }
        }
    }

    private static boolean isRecordComponent(Class<?> type, String name) {
        for (var c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModel(Class<?> type) {
        String n = type.getName();
        return !type.isEnum() && (n.startsWith("io.fabric8.kubernetes.api.model") || n.startsWith("io.strimzi.api")
                || n.startsWith("be.wallonie.clusters.kubernetes"));
    }
}
