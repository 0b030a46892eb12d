package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.call.SelectionSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Cellule publishes the results of a selection session once, after the meeting: one line per dossier on its agenda
 * (VALIDATED, REJECTED, or PENDING while the Region has not decided). The published list is frozen; anyone may read it.
 */
public interface PublishSessionResultsUseCase {

    PublishedResults publishResults(UUID sessionId, String by);

    /** The published results; empty when the session exists but is not published yet. */
    Optional<PublishedResults> publishedResults(UUID sessionId);

    record PublishedResults(SelectionSession session, List<SelectionSession.Result> results) {
    }
}
