package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.call.SelectionSession;
import java.time.Instant;
import java.util.List;

/** Publishes the call's events; called inside the transaction of the change (outbox). */
public interface PublishCallEventsPort {

    void sessionResultsPublished(SelectionSession session, List<SelectionSession.Result> results, Instant at);
}
