package be.wallonie.clusters.evaluation.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1;
import be.wallonie.clusters.evaluation.application.port.out.PublishComiteSessionEventsPort;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/** A closed session's results to the outbox, keyed by the session (the record is the aggregate). */
@ApplicationScoped
class ComiteSessionEventPublisher implements PublishComiteSessionEventsPort {

    private final OutboxWriter outbox;

    ComiteSessionEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void comiteSessionClosed(ComiteSession s) {
        outbox.append(EventCatalog.COMITE_SESSION_CLOSED, s.id().toString(), s.id().toString(), new ComiteSessionClosedV1(s.id(),
                s.registrySessionId(), s.meetingDate(), s.attendees().size(), s.results().stream().map(o -> new ComiteSessionClosedV1.Item(
                        o.caseId(), o.dossierId(), o.opinionReached(), o.opinionId(), o.opinion(), o.recusedExperts().size())).toList(),
                s.closedBy(), s.closedAt().atOffset(ZoneOffset.UTC)));
    }
}
