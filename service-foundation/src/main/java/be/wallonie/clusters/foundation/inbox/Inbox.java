package be.wallonie.clusters.foundation.inbox;

import be.wallonie.clusters.contracts.CloudEvent;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Records the events a consumer has applied. {@link #firstDelivery} inserts the event id in the
 * caller's transaction: the effect and the record commit together or not at all, so an event is
 * never applied twice and never marked applied without its effect.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    /** True the first time this consumer sees the event in a committed transaction; false for a repeat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        insert into inbox_event (consumer, event_id, event_type, source) values (?, ?, ?, ?)
                        on conflict (consumer, event_id) do nothing""")) {
            ps.setString(1, consumer);
            ps.setString(2, event.id());
            ps.setString(3, event.type());
            ps.setString(4, event.source());
            boolean first = ps.executeUpdate() == 1;
            if (!first) {
                meters.counter("clusters.inbox.duplicates", "consumer", consumer, "type", event.type()).increment();
            }
            return first;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + event.id() + " in the inbox", e);
        }
    }

    /** Whether this consumer has applied the event (for tests and diagnostics). */
    public boolean hasApplied(String consumer, String eventId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select 1 from inbox_event where consumer = ? and event_id = ?")) {
            ps.setString(1, consumer);
            ps.setString(2, eventId);
            return ps.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
