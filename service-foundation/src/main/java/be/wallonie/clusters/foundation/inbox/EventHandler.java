package be.wallonie.clusters.foundation.inbox;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventType;

/** Applies one type of event; runs inside the inbox transaction. */
public record EventHandler<T>(EventType<T> type, Handler<T> handler) {

    @FunctionalInterface
    public interface Handler<T> {
        void apply(T payload, CloudEvent envelope);
    }

    public static <T> EventHandler<T> on(EventType<T> type, Handler<T> handler) {
        return new EventHandler<>(type, handler);
    }
}
