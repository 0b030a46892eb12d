package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.ComiteSessionFilter;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import java.util.Optional;
import java.util.UUID;

public interface LoadComiteSessionPort {

    Optional<ComiteSession> loadSession(UUID id);

    Page<ComiteSession> loadSessions(ComiteSessionFilter filter);

    /** Another open session with this case on its agenda, if any. */
    Optional<UUID> openSessionHoldingCase(UUID caseId, UUID exceptSessionId);
}
