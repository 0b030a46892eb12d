package be.wallonie.clusters.registry.domain.call;

import java.util.UUID;

/** A step on a call or a session the rules do not allow, with the rule that refused it. */
public class CallRefusedException extends RuntimeException {

    public enum Reason {
        /** Another open call covers one of the same schemes on overlapping dates. */
        OVERLAPPING_CALL,
        /** The closing date of a call can only change until it passes. */
        CALL_CLOSED,
        /** The call was cancelled: it schedules nothing more. */
        CALL_CANCELLED,
        /** Shortening the call would drop sessions that already have dossiers or results. */
        SESSIONS_IN_USE,
        /** A session's results are published once; the published list is final. */
        ALREADY_PUBLISHED,
        /** Results are published after the selection meeting, not before. */
        SESSION_NOT_HELD,
        /** The call of that session does not cover the dossier's scheme. */
        SCHEME_NOT_COVERED,
        /** Only a dossier in an evaluation round (submitted, under evaluation, opinion received) is put on a session's agenda. */
        DOSSIER_NOT_IN_ROUND
    }

    private final Reason reason;
    private final UUID other;

    public CallRefusedException(Reason reason) {
        this(reason, null);
    }

    /** @param other the conflicting call, for {@link Reason#OVERLAPPING_CALL} */
    public CallRefusedException(Reason reason, UUID other) {
        super(reason.name() + (other == null ? "" : " " + other));
        this.reason = reason;
        this.other = other;
    }

    public Reason reason() {
        return reason;
    }

    public UUID other() {
        return other;
    }
}
