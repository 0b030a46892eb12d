package be.wallonie.clusters.registry.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a submitted dossier is examined: a selection session of a call (concours).
 *
 * @param callId      the call
 * @param sessionId   the session
 * @param sessionDate the day of the selection meeting
 */
public record SessionAssignment(UUID callId, UUID sessionId, LocalDate sessionDate) {

    public SessionAssignment {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(sessionDate, "sessionDate");
    }
}
