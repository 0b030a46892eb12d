package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.call.Call;
import be.wallonie.clusters.registry.domain.call.SelectionSession;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of calls, their sessions and the dossiers on a session's agenda. */
public interface GetCallsQuery {

    /** @param openOn calls accepting submissions that day, or null; @param scheme calls covering it, or null */
    CallPage calls(LocalDate openOn, Scheme scheme, int page, int size);

    /** The call, or {@link CallNotFoundException}. */
    Call call(UUID callId);

    List<SelectionSession> sessions(UUID callId);

    /** The session with its dossiers, or {@link SessionNotFoundException}. */
    SessionAgenda session(UUID sessionId);

    /** The session the dossier's current round is scheduled to, for a caller who may see the dossier. */
    Optional<SessionAssignment> sessionOf(DossierId dossier, Caller caller);

    record CallPage(List<Call> items, int page, int size, long total) {
    }

    /** One dossier on a session's agenda. */
    record ScheduledDossier(UUID dossierId, String name, Scheme scheme, String status, int snapshotVersion, boolean manual) {
    }

    record SessionAgenda(SelectionSession session, List<ScheduledDossier> dossiers) {
    }
}
