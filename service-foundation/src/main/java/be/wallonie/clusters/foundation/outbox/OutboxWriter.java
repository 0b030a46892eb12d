package be.wallonie.clusters.foundation.outbox;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.EventType;
import be.wallonie.clusters.foundation.tracing.TraceContext;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends an event to the outbox inside the caller's transaction: the event exists if and only if
 * the state change it reports was committed. After commit, the relay is woken so that publication
 * does not wait for the next poll. The W3C trace context current at the write (the REST request's, or the consumed
 * event's processing span) is stored with the row, so that the consumers' work joins the same trace.
 */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry synchronizations;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "clusters.events.source")
    String source;

    /**
     * Writes the event; must be called inside the transaction of the state change.
     *
     * @param subject      the aggregate the event is about
     * @param partitionKey the Kafka key: events with the same key stay ordered
     * @return the envelope written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent append(EventType<T> type, String subject, String partitionKey, T payload) {
        CloudEvent event = EventCodec.envelope(type, source, subject, payload);
        // A producer never emits an event that breaks its published contract.
        EventSchemas.requireValid(event);
        // The request's (or the consumed event's) trace goes with the row: the relay publishes it as Kafka headers.
        TraceContext trace = TraceContext.current();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        insert into outbox_event (id, topic, partition_key, event_type, subject, envelope, created_at,
                            trace_parent, trace_state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, UUID.fromString(event.id()));
            ps.setString(2, type.topic());
            ps.setString(3, partitionKey);
            ps.setString(4, type.name());
            ps.setString(5, subject);
            ps.setString(6, EventCodec.write(event));
            ps.setTimestamp(7, Timestamp.from(event.time().toInstant()));
            ps.setString(8, trace == null ? null : trace.traceparent());
            ps.setString(9, trace == null ? null : trace.tracestate());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write event " + type.name() + " to the outbox", e);
        }
        synchronizations.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return event;
    }
}
