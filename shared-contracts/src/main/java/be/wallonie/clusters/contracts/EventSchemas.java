package be.wallonie.clusters.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates envelopes and payloads against the JSON Schemas published in this module. Producers
 * call it before writing to their outbox, so an event that breaks its contract never leaves a service.
 */
public final class EventSchemas {

    public static final String ENVELOPE_SCHEMA = "/contracts/schemas/cloudevent-envelope.schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Every violation of the envelope schema and of the payload schema of the event's type. */
    public static List<String> violations(CloudEvent event) {
        JsonNode envelope = EventCodec.mapper().valueToTree(event);
        List<String> problems = new ArrayList<>(validate(ENVELOPE_SCHEMA, envelope));
        EventCatalog.byName(event.type()).ifPresentOrElse(
                type -> problems.addAll(validate(type.schemaResource(), event.data())),
                () -> problems.add("unknown event type " + event.type()));
        return problems;
    }

    /** Throws when the event does not satisfy its contract. */
    public static void requireValid(CloudEvent event) {
        List<String> problems = violations(event);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("event " + event.type() + " breaks its schema: " + problems);
        }
    }

    public static List<String> validate(String schemaResource, JsonNode node) {
        JsonSchema schema = CACHE.computeIfAbsent(schemaResource, EventSchemas::load);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return FACTORY.getSchema(EventCodec.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
