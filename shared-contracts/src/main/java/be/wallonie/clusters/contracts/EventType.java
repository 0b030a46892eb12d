package be.wallonie.clusters.contracts;

/**
 * A versioned event type: its CloudEvents {@code type} name, the topic it is published on, the
 * Java record of its payload and the JSON Schema (classpath resource) that payload must satisfy.
 */
public record EventType<T>(String name, String topic, Class<T> payloadClass) {

    private static final String PREFIX = "be.wallonie.clusters.";

    public EventType {
        if (!name.startsWith(PREFIX) || !name.matches(".*\\.v\\d+$")) {
            throw new IllegalArgumentException("event type must be 'be.wallonie.clusters.<service>.<Name>.v<N>': " + name);
        }
    }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "/contracts/schemas/" + name + ".schema.json";
    }
}
