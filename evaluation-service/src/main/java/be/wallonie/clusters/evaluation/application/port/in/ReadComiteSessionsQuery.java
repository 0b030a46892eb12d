package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.ComiteSessionFilter;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.Reader;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import java.util.UUID;

public interface ReadComiteSessionsQuery {

    /** Newest meeting first; only the records the reader may read. */
    Page<ComiteSession> sessions(ComiteSessionFilter filter);

    /** The record, if the reader may read it; otherwise as if it did not exist. */
    ComiteSession session(UUID id, Reader reader);
}
