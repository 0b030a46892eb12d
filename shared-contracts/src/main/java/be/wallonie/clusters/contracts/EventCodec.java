package be.wallonie.clusters.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes and reads CloudEvents envelopes. Readers tolerate unknown fields, so a producer may add
 * optional fields to a payload without breaking its consumers.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Money travels exactly: no doubles, no scientific notation, trailing zeros kept.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Wraps a payload in a new envelope with a fresh id. */
    public static <T> CloudEvent envelope(EventType<T> type, String source, String subject, T payload) {
        return envelope(type, UUID.randomUUID().toString(), source, subject,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), payload);
    }

    public static <T> CloudEvent envelope(EventType<T> type, String id, String source, String subject,
            OffsetDateTime time, T payload) {
        if (!type.payloadClass().isInstance(payload)) {
            throw new IllegalArgumentException(type.name() + " expects a " + type.payloadClass().getSimpleName());
        }
        JsonNode data = MAPPER.valueToTree(payload);
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type.name(), subject, time, CloudEvent.JSON, data);
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    /** Parses a structured-mode envelope; throws {@link MalformedEventException} on anything unreadable. */
    public static CloudEvent read(String json) {
        try {
            CloudEvent event = MAPPER.readValue(json, CloudEvent.class);
            if (event.data() == null || event.data().isNull()) {
                throw new MalformedEventException("event " + event.id() + " has no data");
            }
            return event;
        } catch (JsonProcessingException | NullPointerException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
    }

    /** The payload of an envelope as the record of its type. */
    public static <T> T payload(CloudEvent event, EventType<T> type) {
        if (!type.name().equals(event.type())) {
            throw new MalformedEventException("expected " + type.name() + " but got " + event.type());
        }
        try {
            return MAPPER.treeToValue(event.data(), type.payloadClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("payload of " + event.id() + " is not a valid " + type.name() + ": " + e.getMessage(), e);
        }
    }

    /** An event that cannot be read: it belongs on a dead-letter topic, not in a retry loop. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
