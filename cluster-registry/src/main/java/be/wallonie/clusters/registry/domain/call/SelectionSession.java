package be.wallonie.clusters.registry.domain.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A selection meeting of a call: the day, the cut-off of the submissions it examines, and when its results were
 * published (null until then; published once).
 */
public record SelectionSession(UUID id, UUID callId, int number, LocalDate date, LocalDate cutOff, Instant publishedAt,
        String publishedBy) {

    public SelectionSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cutOff, "cutOff");
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** Publication happens once, after (or on the day of) the meeting. */
    public void requirePublishable(LocalDate today) {
        if (published()) {
            throw new CallRefusedException(CallRefusedException.Reason.ALREADY_PUBLISHED);
        }
        if (today.isBefore(date)) {
            throw new CallRefusedException(CallRefusedException.Reason.SESSION_NOT_HELD);
        }
    }

    /** One line of the published results. */
    public record Result(UUID dossierId, String clusterName, String scheme, Outcome outcome) {
    }

    public enum Outcome {
        VALIDATED, REJECTED, PENDING
    }
}
