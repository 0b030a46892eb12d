package be.wallonie.clusters.kubernetes;

import be.wallonie.clusters.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service actually is, read from its sources: HTTP port, the topics it consumes (and with which group),
 * its dead-letter and event topics, the public API paths it serves, and the configuration names it reads.
 *
 * @param name           the service (its module and its Kubernetes name)
 * @param httpPort       {@code quarkus.http.port}
 * @param consumed       topic → consumer group, from {@code mp.messaging.incoming.*}
 * @param written        topics it writes: its event topic (outbox) and its dead-letter topics
 * @param apiPrefixes    first path segment under {@code /api/v1} of every REST resource, e.g. {@code /api/v1/dossiers}
 * @param exactNames     configuration names it reads (properties files, {@code @ConfigProperty})
 * @param prefixes       {@code @ConfigMapping} prefixes (any name below them)
 */
public record ServiceFacts(String name, int httpPort, Map<String, String> consumed, Set<String> written, Set<String> apiPrefixes,
        Set<String> exactNames, Set<String> prefixes) {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PATH = Pattern.compile("@Path\\(\"(/[^\"]*)\"\\)");
    private static final Pattern PATH_CONSTANT = Pattern.compile("static final String PATH\\s*=\\s*\"(/[^\"]*)\"");

    public static List<String> serviceNames() {
        return List.of("cluster-registry", "evaluation-service", "funding-service");
    }

    /** Reads a service's facts from the repository (the root holding its module and service-foundation). */
    public static ServiceFacts read(Path repository, String service) {
        Path module = repository.resolve(service);
        Properties props = load(module.resolve("src/main/resources/application.properties"));
        Properties shared = load(repository.resolve("service-foundation/src/main/resources/META-INF/microprofile-config.properties"));

        Map<String, String> consumed = new LinkedHashMap<>();
        Set<String> written = new LinkedHashSet<>();
        for (String key : props.stringPropertyNames()) {
            Matcher m = INCOMING_TOPIC.matcher(key);
            if (m.matches()) {
                String channel = m.group(1);
                consumed.put(props.getProperty(key), props.getProperty("mp.messaging.incoming." + channel + ".group.id"));
                String dlq = props.getProperty("mp.messaging.incoming." + channel + ".dead-letter-queue.topic");
                if (dlq != null) {
                    written.add(dlq);
                }
            }
        }
        Topics.all().stream().filter(t -> t.producer().equals(service) && t.name().endsWith(".events"))
                .forEach(t -> written.add(t.name()));

        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> api = new LinkedHashSet<>();
        for (Properties p : List.of(props, shared)) {
            p.stringPropertyNames().forEach(k -> exact.add(k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k));
        }
        for (Path sources : List.of(module.resolve("src/main/java"), repository.resolve("service-foundation/src/main/java"))) {
            for (Path file : javaFiles(sources)) {
                String text = read(file);
                CONFIG_PROPERTY.matcher(text).results().forEach(r -> exact.add(r.group(1)));
                CONFIG_MAPPING.matcher(text).results().forEach(r -> prefixes.add(r.group(1)));
                if (sources.startsWith(module) && text.contains("@Path(")) {
                    api.addAll(apiPrefixes(text));
                }
            }
        }
        int port = Integer.parseInt(props.getProperty("quarkus.http.port", "8080"));
        return new ServiceFacts(service, port, consumed, written, api, exact, prefixes);
    }

    /** {@code /api/v1/<first segment>} of a resource class and of its methods' paths. */
    static Set<String> apiPrefixes(String source) {
        Set<String> out = new LinkedHashSet<>();
        String base = null;
        Matcher constant = PATH_CONSTANT.matcher(source);
        String constantValue = constant.find() ? constant.group(1) : null;
        int classAt = source.indexOf(" class ");
        String head = classAt < 0 ? source : source.substring(0, classAt);
        Matcher classPath = PATH.matcher(head);
        if (classPath.find()) {
            base = classPath.group(1);
        } else if (head.contains("@Path(") && constantValue != null) {
            base = constantValue;
        }
        if (base == null) {
            return out;
        }
        if (!base.equals("/api/v1")) {
            out.add(prefix(base));
            return out;
        }
        Matcher methods = PATH.matcher(classAt < 0 ? "" : source.substring(classAt));
        while (methods.find()) {
            out.add(prefix("/api/v1" + methods.group(1)));
        }
        return out;
    }

    private static String prefix(String path) {
        String[] parts = path.split("/");
        return parts.length >= 4 ? "/" + parts[1] + "/" + parts[2] + "/" + parts[3] : path;
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }
}
