package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.GetCallsQuery.CallPage;
import be.wallonie.clusters.registry.application.port.in.GetCallsQuery.ScheduledDossier;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.domain.call.Call;
import be.wallonie.clusters.registry.domain.call.SelectionSession;
import be.wallonie.clusters.registry.domain.call.SessionCalendar;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Calls, their sessions, the dossiers on each session's agenda and the published results. */
public interface CallRecordsPort {

    /** Serialises the changes of calls' dates and schemes until the end of the transaction (the overlap rule). */
    void lockCallCalendar();

    /** The open calls sharing one of the schemes and overlapping the dates. */
    List<Call> openCallsOverlapping(java.util.Set<Scheme> schemes, LocalDate from, LocalDate to);

    void insertCall(Call call, String by, Instant at);

    /** Stores the call's new state if it is still at {@code call.version()}; returns it at its new version. */
    Call updateCall(Call call, String by, Instant at);

    Optional<Call> loadCall(UUID id);

    CallPage searchCalls(LocalDate openOn, Scheme scheme, int page, int size);

    /** The open call accepting a submission of that scheme on that day, if any. */
    Optional<Call> openCallAccepting(Scheme scheme, LocalDate day);

    List<SelectionSession> sessionsOf(UUID callId);

    void insertSessions(UUID callId, List<SessionCalendar.Slot> slots);

    void deleteSessions(List<UUID> sessionIds);

    /** The sessions of the call that have a dossier on their agenda or published results. */
    List<UUID> sessionsInUse(UUID callId);

    Optional<SelectionSession> loadSession(UUID id);

    /** Locks the session row for this transaction (publication happens once). */
    Optional<SelectionSession> lockSession(UUID id);

    List<ScheduledDossier> agendaOf(UUID sessionId);

    /** Puts the dossier's round on the session's agenda, taking it off any unpublished session it was on. */
    void schedule(DossierId dossier, int snapshotVersion, UUID sessionId, boolean manual, String by, Instant at);

    Optional<SessionAssignment> currentSession(DossierId dossier);

    /** Each dossier on the agenda (withdrawn ones left out) with the Region's decision on the snapshot examined, if any. */
    List<SelectionSession.Result> outcomesOf(UUID sessionId);

    void savePublication(UUID sessionId, List<SelectionSession.Result> results, String by, Instant at);

    List<SelectionSession.Result> publishedResults(UUID sessionId);
}
