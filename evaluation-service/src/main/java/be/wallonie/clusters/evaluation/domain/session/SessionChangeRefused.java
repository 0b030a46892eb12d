package be.wallonie.clusters.evaluation.domain.session;

import java.util.List;
import java.util.UUID;

/** A change the session record does not allow; nothing changed. */
public class SessionChangeRefused extends RuntimeException {

    public enum Reason {
        /** The session is closed: its record is immutable. */
        SESSION_CLOSED,
        /** The same case or expert is listed twice. */
        DUPLICATE,
        /** Recusals name a case that is not on the agenda. */
        CASE_NOT_ON_AGENDA,
        /** Recusals name an expert who is not present (or attendance drops an expert who recused). */
        EXPERT_NOT_PRESENT,
        /** Closing needs an agenda, the experts present and the minutes. */
        INCOMPLETE_RECORD
    }

    private final Reason reason;
    private final List<UUID> ids;

    public SessionChangeRefused(Reason reason, List<UUID> ids, String message) {
        super(message);
        this.reason = reason;
        this.ids = List.copyOf(ids);
    }

    public Reason reason() {
        return reason;
    }

    /** The cases or experts concerned, if any. */
    public List<UUID> ids() {
        return ids;
    }
}
