package be.wallonie.clusters.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for exactly the features this project's
 * manifests use — {@code resources} (files and directories), {@code namespace}, {@code labels} (metadata only),
 * {@code patches} with a {@code path} (strategic merge: maps merged, lists of named items merged by name, other
 * lists replaced), {@code images} ({@code newTag}/{@code newName}). Any other field of a kustomization is refused,
 * so the manifests cannot silently depend on a feature this renderer does not reproduce.
 */
public final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "labels", "resources", "patches", "images");

    private Kustomize() {
    }

    /** The documents of a kustomization directory, rendered. */
    public static List<ObjectNode> render(Path dir) {
        ObjectNode k = (ObjectNode) readAll(dir.resolve("kustomization.yaml")).get(0);
        for (Iterator<String> it = k.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + "/kustomization.yaml uses '" + field + "', which this renderer does not "
                        + "reproduce; supported: " + SUPPORTED);
            }
        }
        List<ObjectNode> docs = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                docs.addAll(render(p));
            } else {
                readAll(p).forEach(d -> docs.add((ObjectNode) d));
            }
        }
        for (JsonNode patch : k.path("patches")) {
            if (!patch.has("path") || patch.size() != 1) {
                throw new IllegalArgumentException(dir + ": only patches given by a path are supported: " + patch);
            }
            for (JsonNode p : readAll(dir.resolve(patch.get("path").asText()))) {
                ObjectNode target = find(docs, p.path("kind").asText(), p.path("metadata").path("name").asText());
                if (target == null) {
                    throw new IllegalArgumentException(dir + ": patch " + patch.get("path").asText() + " targets "
                            + p.path("kind").asText() + "/" + p.path("metadata").path("name").asText() + ", which does not exist");
                }
                merge(target, (ObjectNode) p);
            }
        }
        for (JsonNode label : k.path("labels")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = label.path("pairs").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                docs.forEach(d -> metadata(d).with("labels").set(e.getKey(), e.getValue()));
            }
        }
        if (k.hasNonNull("namespace")) {
            docs.forEach(d -> metadata(d).put("namespace", k.get("namespace").asText()));
        }
        for (JsonNode image : k.path("images")) {
            docs.forEach(d -> d.findParents("image").forEach(parent -> {
                String current = parent.get("image").asText();
                String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (name.equals(image.path("name").asText())) {
                    String newName = image.path("newName").asText(name);
                    String tag = image.path("newTag").asText(current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : "latest");
                    ((ObjectNode) parent).set("image", TextNode.valueOf(newName + ":" + tag));
                }
            }));
        }
        return docs;
    }

    private static ObjectNode metadata(ObjectNode doc) {
        return doc.with("metadata");
    }

    static ObjectNode find(List<ObjectNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
                .findFirst().orElse(null);
    }

    /** Strategic merge for the shapes used here: maps merged, lists of named maps merged by name, others replaced. */
    static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = target.get(e.getKey());
            JsonNode value = e.getValue();
            if (current instanceof ObjectNode c && value instanceof ObjectNode v) {
                merge(c, v);
            } else if (current instanceof ArrayNode c && value instanceof ArrayNode v && named(c) && named(v)) {
                for (JsonNode item : v) {
                    JsonNode match = null;
                    for (JsonNode existing : c) {
                        if (existing.get("name").asText().equals(item.get("name").asText())) {
                            match = existing;
                        }
                    }
                    if (match == null) {
                        c.add(item);
                    } else {
                        merge((ObjectNode) match, (ObjectNode) item);
                    }
                }
            } else {
                target.set(e.getKey(), value);
            }
        }
    }

    private static boolean named(ArrayNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return true;
    }

    /** Every document of a YAML file (a stream separated by ---), skipping empty ones. */
    public static List<JsonNode> readAll(Path file) {
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            for (Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class); it.hasNext();) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
