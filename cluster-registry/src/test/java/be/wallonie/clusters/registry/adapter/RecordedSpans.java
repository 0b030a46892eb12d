package be.wallonie.clusters.registry.adapter;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The tests' in-memory span collector: the SDK hands it every ended span, synchronously; it keeps the last few
 * thousand (the whole suite runs with the SDK on).
 */
@Singleton
@Unremovable
public class RecordedSpans implements SpanProcessor {

    private static final int KEPT = 5_000;
    private final ConcurrentLinkedDeque<SpanData> spans = new ConcurrentLinkedDeque<>();

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        spans.addLast(span.toSpanData());
        while (spans.size() > KEPT) {
            spans.pollFirst();
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    public List<SpanData> all() {
        return List.copyOf(spans);
    }

    public List<SpanData> ofTrace(String traceId) {
        return spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }
}
