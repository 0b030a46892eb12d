package be.wallonie.clusters.kubernetes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The environment variables a service can read, as MicroProfile Config maps them to property names (upper case,
 * every character other than a letter or digit turned into '_'): the Quarkus extensions' own configuration model
 * (each extension jar ships {@code META-INF/quarkus-config-doc/quarkus-config-model.json}), the service's
 * properties files and {@code @ConfigProperty}/{@code @ConfigMapping} names, the Kafka client's configuration
 * (passed through as {@code kafka.*}), the MicroProfile JWT properties, and the variables the container image's
 * start script reads.
 */
public final class ConfigNames {

    /** MicroProfile JWT 2.1 configuration names (read by smallrye-jwt, not described by a Quarkus model). */
    static final List<String> MP_JWT = List.of("mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.publickey.algorithm", "mp.jwt.verify.issuer", "mp.jwt.verify.audiences", "mp.jwt.token.header",
            "mp.jwt.token.cookie", "mp.jwt.decrypt.key.location", "mp.jwt.verify.token.age", "mp.jwt.verify.clock.skew");

    /** Read by the image's run-java.sh (registry.access.redhat.com/ubi9/openjdk-17-runtime), not by the application. */
    public static final List<String> CONTAINER_RUNTIME = List.of("JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO");

    private final Set<String> exact = new LinkedHashSet<>();
    private final List<Pattern> patterns = new ArrayList<>();

    private ConfigNames() {
    }

    public static String envName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    /** The names the given service can read. */
    public static ConfigNames of(ServiceFacts service) {
        ConfigNames names = new ConfigNames();
        names.exact.addAll(QuarkusModel.INSTANCE.exact);
        names.patterns.addAll(QuarkusModel.INSTANCE.patterns);
        service.exactNames().forEach(n -> names.exact.add(envName(n)));
        service.prefixes().forEach(p -> names.patterns.add(Pattern.compile(Pattern.quote(envName(p) + "_") + "[A-Z0-9_]+")));
        Set<String> kafka = new LinkedHashSet<>();
        kafka.addAll(ProducerConfig.configNames());
        kafka.addAll(ConsumerConfig.configNames());
        kafka.addAll(AdminClientConfig.configNames());
        kafka.forEach(k -> names.exact.add(envName("kafka." + k)));
        MP_JWT.forEach(n -> names.exact.add(envName(n)));
        names.exact.addAll(CONTAINER_RUNTIME);
        return names;
    }

    public boolean reads(String envVar) {
        return exact.contains(envVar) || patterns.stream().anyMatch(p -> p.matcher(envVar).matches());
    }

    /** The Quarkus configuration model of every extension on the class path, read once. */
    static final class QuarkusModel {

        static final QuarkusModel INSTANCE = load();
        final Set<String> exact = new LinkedHashSet<>();
        final List<Pattern> patterns = new ArrayList<>();

        private static QuarkusModel load() {
            QuarkusModel model = new QuarkusModel();
            ObjectMapper json = new ObjectMapper();
            try {
                for (URL url : Collections.list(ConfigNames.class.getClassLoader()
                        .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                    try (InputStream in = url.openStream()) {
                        json.readTree(in).findValues("property").forEach(p -> model.add(p.asText()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (model.exact.isEmpty()) {
                throw new IllegalStateException("no Quarkus configuration model on the class path");
            }
            return model;
        }

        private void add(String property) {
            if (!property.contains("\"") && !property.contains("[*]") && !property.contains("*")) {
                exact.add(envName(property));
                return;
            }
            // a named part ("datasource-name"), a list index or a wildcard matches any name in env form
            String marked = property.replaceAll("\"[^\"]*\"|\\[\\*]|\\*", "\u0000");
            StringBuilder regex = new StringBuilder();
            String[] parts = marked.split("\u0000", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    regex.append("[A-Z0-9_]+");
                }
                regex.append(Pattern.quote(envName(parts[i])));
            }
            patterns.add(Pattern.compile(regex.toString()));
        }
    }
}
