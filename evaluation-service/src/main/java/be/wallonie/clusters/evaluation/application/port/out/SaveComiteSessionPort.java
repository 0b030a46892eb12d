package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.session.ComiteSession;

public interface SaveComiteSessionPort {

    void insertSession(ComiteSession session);

    /** Writes the new state if the stored one is still at {@code session.version() - 1}; false otherwise. */
    boolean updateSession(ComiteSession session);
}
