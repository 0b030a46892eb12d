package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.session.ComiteSession;

/** Announces a closed session's results (outbox, in the closing transaction). */
public interface PublishComiteSessionEventsPort {

    void comiteSessionClosed(ComiteSession closed);
}
