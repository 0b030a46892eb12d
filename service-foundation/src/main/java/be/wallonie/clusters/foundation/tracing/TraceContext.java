package be.wallonie.clusters.foundation.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context (traceparent, tracestate) as the outbox stores it and as the Kafka records carry it. Always
 * the W3C format, whatever propagators are configured: it is the format the Kafka headers promise.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapSetter<Map<String, String>> MAP_SETTER = (carrier, key, value) -> carrier.put(key, value);
    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
    private static final TextMapGetter<Headers> HEADERS_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            return () -> java.util.Arrays.stream(carrier.toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(Headers carrier, String key) {
            if (carrier == null) {
                return null;
            }
            Header h = carrier.lastHeader(key);
            return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    };

    /** The context of the current span; null when there is none (tracing off, or work outside any trace). */
    public static TraceContext current() {
        return of(Context.current());
    }

    /** The trace context of a context's span; null when it has no valid span. */
    public static TraceContext of(Context context) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, MAP_SETTER);
        String state = carrier.get(TRACESTATE);
        return new TraceContext(carrier.get(TRACEPARENT), state == null || state.isEmpty() ? null : state);
    }

    /** The stored context as a parent; the root context when nothing (or nothing readable) was stored. */
    public Context asParent() {
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MAP_GETTER);
    }

    /** The parent context a Kafka record's headers carry; the root context when they carry none. */
    public static Context fromHeaders(Headers headers) {
        return headers == null ? Context.root() : W3C.extract(Context.root(), headers, HEADERS_GETTER);
    }

    /** Writes the context's trace headers into a Kafka record's headers (replacing any there). */
    public static void writeHeaders(Context context, Headers headers) {
        TraceContext trace = of(context);
        if (trace == null) {
            return;
        }
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        headers.add(TRACEPARENT, trace.traceparent().getBytes(StandardCharsets.UTF_8));
        if (trace.tracestate() != null) {
            headers.add(TRACESTATE, trace.tracestate().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The header names, for documentation and tests. */
    public static List<String> headerNames() {
        return List.of(TRACEPARENT, TRACESTATE);
    }
}
