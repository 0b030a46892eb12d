package be.wallonie.clusters.foundation.outbox;

import be.wallonie.clusters.foundation.tracing.TraceContext;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in order, then marks them published. Woken after each commit that
 * wrote events (no polling delay on the normal path), and by a periodic poll that picks up rows
 * left behind by a crash or a broker outage.
 *
 * <p>Guarantees: a committed event is published at least once; a crash between the broker's
 * acknowledgement and the marking republishes it, which consumers absorb through their inbox. Only
 * one replica publishes at a time (a PostgreSQL advisory lock), so per-key order holds across
 * replicas.
 *
 * <p>Tracing: each record carries, as its {@code traceparent} / {@code tracestate} headers, the context of a
 * {@code publish} span whose parent is the trace context stored with the row by {@link OutboxWriter} (the business
 * request's, not this relay's). Metrics: {@code clusters.outbox.pending} (rows not yet published) and
 * {@code clusters.outbox.oldest.pending.age.seconds} (age of the oldest), refreshed at each poll.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "outbox" in ASCII. */
    private static final long LOCK_KEY = 0x6f7574626f78L;
    static final String CONTENT_TYPE_HEADER = "content-type";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "clusters.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "clusters.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "clusters.outbox.send-timeout", defaultValue = "30s")
    Duration sendTimeout;

    @ConfigProperty(name = "clusters.outbox.retention", defaultValue = "P7D")
    Duration retention;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final AtomicBoolean paused = new AtomicBoolean();
    private volatile Producer<String, String> producer;
    private Counter published;
    private Counter failures;
    private Tracer tracer;
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();

    void onStart(@Observes StartupEvent event) {
        published = meters.counter("clusters.outbox.published");
        failures = meters.counter("clusters.outbox.failures");
        Gauge.builder("clusters.outbox.pending", pendingRows, AtomicLong::get)
                .description("Events committed to the outbox and not yet published").register(meters);
        Gauge.builder("clusters.outbox.oldest.pending.age.seconds", oldestPendingAgeSeconds, AtomicLong::get)
                .description("Age of the oldest event not yet published (0 when none)").register(meters);
        tracer = telemetry.getTracer("be.wallonie.clusters.outbox");
        paused.set(!enabled);
        // Rows committed before a crash or a restart are published now.
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks for a drain of the outbox; coalesces with a drain already queued. */
    public void wake() {
        if (paused.get()) {
            return;
        }
        if (executor.isShutdown()) {
            return; // stopping: rows left are published at the next start
        }
        if (wakePending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakePending.set(false);
                    drain();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakePending.set(false);
            }
        }
    }

    /** The polling fallback. */
    @Scheduled(every = "${clusters.outbox.poll-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        refreshLag();
        wake();
    }

    /** Reads the outbox lag into the gauges (at each poll; tests and operators may call it too). */
    public void refreshLag() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                        from outbox_event where published_at is null""");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            pendingRows.set(rs.getLong(1));
            oldestPendingAgeSeconds.set(Math.max(0, (long) Math.floor(rs.getDouble(2))));
        } catch (SQLException e) {
            LOG.debugf("Outbox lag not read: %s", e.getMessage());
        }
    }

    /** Stops publishing (operations: e.g. during a broker migration; tests: to simulate a crash). */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
        wake();
    }

    /** Events committed but not yet published. */
    public long pendingCount() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where published_at is null");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void drain() {
        try {
            int sent;
            do {
                if (paused.get()) {
                    return;
                }
                sent = QuarkusTransaction.requiringNew().timeout(60).call(this::publishBatch);
            } while (sent >= batchSize);
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warnf("Outbox publication failed, will retry at the next poll: %s", e.getMessage());
            LOG.debug("Outbox publication failure", e);
        }
    }

    private int publishBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return 0; // another replica is publishing
                    }
                }
            }
            List<Long> seqs = new ArrayList<>();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select seq, topic, partition_key, envelope, event_type, trace_parent, trace_state from outbox_event
                    where published_at is null order by seq limit ?""")) {
                ps.setInt(1, batchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seqs.add(rs.getLong(1));
                        ProducerRecord<String, String> record = new ProducerRecord<>(rs.getString(2), rs.getString(3), rs.getString(4));
                        record.headers().add(CONTENT_TYPE_HEADER,
                                be.wallonie.clusters.contracts.CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                        acks.add(send(record, rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            if (seqs.isEmpty()) {
                return 0;
            }
            long deadline = System.nanoTime() + sendTimeout.toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update outbox_event set published_at = now(), attempts = attempts + 1 where seq = any(?)")) {
                Array array = c.createArrayOf("bigint", seqs.toArray());
                ps.setArray(1, array);
                ps.executeUpdate();
            }
            published.increment(seqs.size());
            return seqs.size();
        }
    }

    /**
     * Sends one record under a producer span whose parent is the stored trace context (none stored: a new trace), and
     * writes that span's context as the record's W3C headers. With the SDK off the span records nothing but still
     * carries the stored context, so the headers go on.
     */
    private Future<RecordMetadata> send(ProducerRecord<String, String> record, String eventType, String traceparent,
            String tracestate) {
        Context parent = traceparent == null ? Context.root() : new TraceContext(traceparent, tracestate).asParent();
        Span span = tracer.spanBuilder(record.topic() + " publish").setParent(parent).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("cloudevents.event_type", eventType)
                .startSpan();
        try {
            TraceContext.writeHeaders(parent.with(span), record.headers());
            return producer().send(record, (metadata, error) -> {
                if (error != null) {
                    span.recordException(error);
                    span.setStatus(StatusCode.ERROR);
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.recordException(e);
            span.end();
            throw e;
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = new HashMap<>(kafkaConfig);
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
                    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
                    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(sendTimeout.toMillis(), 15_000));
                    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
                    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(config);
                }
            }
        }
        return producer;
    }

    /** Published rows are kept for a while for audit and replay, then purged. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "delete from outbox_event where published_at < now() - make_interval(secs => ?)")) {
                ps.setLong(1, retention.toSeconds());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
