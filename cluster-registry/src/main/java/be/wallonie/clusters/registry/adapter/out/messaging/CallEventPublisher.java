package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.SessionResultsPublishedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishCallEventsPort;
import be.wallonie.clusters.registry.domain.call.SelectionSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The call's events to the outbox, keyed by the session. */
@ApplicationScoped
class CallEventPublisher implements PublishCallEventsPort {

    private final OutboxWriter outbox;

    CallEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void sessionResultsPublished(SelectionSession s, List<SelectionSession.Result> results, Instant at) {
        String id = s.id().toString();
        outbox.append(EventCatalog.SESSION_RESULTS_PUBLISHED, id, id, new SessionResultsPublishedV1(s.id(), s.callId(), s.date(),
                results.stream().map(r -> new SessionResultsPublishedV1.Result(r.dossierId(), r.clusterName(), r.scheme(),
                        r.outcome().name())).toList(), at.atOffset(ZoneOffset.UTC)));
    }
}
