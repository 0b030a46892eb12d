package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.AssignSessionUseCase;
import be.wallonie.clusters.registry.application.port.in.CallNotFoundException;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.GetCallsQuery;
import be.wallonie.clusters.registry.application.port.in.ManageCallsUseCase;
import be.wallonie.clusters.registry.application.port.in.OpenCallCommand;
import be.wallonie.clusters.registry.application.port.in.PublishSessionResultsUseCase;
import be.wallonie.clusters.registry.application.port.in.ScheduleSubmissionUseCase;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.application.port.in.SessionNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleCallException;
import be.wallonie.clusters.registry.application.port.out.CallRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.PublishCallEventsPort;
import be.wallonie.clusters.registry.domain.call.Call;
import be.wallonie.clusters.registry.domain.call.CallPolicy;
import be.wallonie.clusters.registry.domain.call.CallRefusedException;
import be.wallonie.clusters.registry.domain.call.CallRefusedException.Reason;
import be.wallonie.clusters.registry.domain.call.SelectionSession;
import be.wallonie.clusters.registry.domain.call.SessionCalendar;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The call (concours) and its selection sessions: the Cellule opens a call, whose sessions are generated from its
 * dates; each submission made while a call is open for its scheme goes to the next session whose cut-off it meets;
 * the Cellule may put a dossier on an agenda by hand; a session's results are published once.
 */
@ApplicationScoped
public class CallService implements ManageCallsUseCase, GetCallsQuery, ScheduleSubmissionUseCase, AssignSessionUseCase,
        PublishSessionResultsUseCase {

    /** The statuses of a dossier in an evaluation round, which a session may examine. */
    static final Set<DossierStatus> IN_ROUND = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.UNDER_EVALUATION,
            DossierStatus.OPINION_RECEIVED);
    /** Who schedules a submission automatically. */
    static final String SCHEDULER = "call-scheduler";

    private final CallRecordsPort calls;
    private final LoadDossierPort dossiers;
    private final PublishCallEventsPort events;
    private final CallPolicy policy;
    private final Clock clock;

    private final DossierAccess access;

    public CallService(CallRecordsPort calls, LoadDossierPort dossiers, PublishCallEventsPort events, CallPolicy policy, Clock clock,
            DossierAccess access) {
        this.access = access;
        this.calls = calls;
        this.dossiers = dossiers;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Call openCall(OpenCallCommand c) {
        Instant now = clock.instant();
        Call call = Call.open(c.title(), c.schemes(), c.openingDate(), c.closingDate(), c.sessionIntervalMonths(), c.cutOffDays(),
                policy, c.openedBy(), now);
        calls.lockCallCalendar();
        refuseOverlaps(call);
        calls.insertCall(call, c.openedBy(), now);
        calls.insertSessions(call.id(), call.calendar());
        return call;
    }

    @Override
    @Transactional
    public Call changeClosingDate(UUID callId, long expectedVersion, LocalDate closingDate, String by) {
        calls.lockCallCalendar();
        Call current = callAtVersion(callId, expectedVersion);
        Call changed = current.withClosing(closingDate, LocalDate.now(clock), policy);
        refuseOverlaps(changed);
        // the calendar is recomputed from the opening: sessions on the same rank keep their id (and agenda)
        Map<Integer, SelectionSession> existing = calls.sessionsOf(callId).stream()
                .collect(Collectors.toMap(SelectionSession::number, Function.identity()));
        List<SessionCalendar.Slot> slots = changed.calendar();
        List<UUID> dropped = existing.values().stream().filter(s -> s.number() > slots.size()).map(SelectionSession::id).toList();
        List<UUID> inUse = calls.sessionsInUse(callId);
        if (dropped.stream().anyMatch(inUse::contains)) {
            throw new CallRefusedException(Reason.SESSIONS_IN_USE);
        }
        calls.deleteSessions(dropped);
        calls.insertSessions(callId, slots.stream().filter(s -> !existing.containsKey(s.number())).toList());
        return calls.updateCall(changed, by, clock.instant());
    }

    @Override
    @Transactional
    public Call cancelCall(UUID callId, long expectedVersion, String by) {
        return calls.updateCall(callAtVersion(callId, expectedVersion).cancelled(), by, clock.instant());
    }

    private void refuseOverlaps(Call call) {
        calls.openCallsOverlapping(call.schemes(), call.opening(), call.closing()).stream().filter(call::overlaps).findFirst()
                .ifPresent(other -> {
                    throw new CallRefusedException(Reason.OVERLAPPING_CALL, other.id());
                });
    }

    private Call callAtVersion(UUID callId, long expectedVersion) {
        Call call = call(callId);
        if (call.version() != expectedVersion) {
            throw new StaleCallException(expectedVersion, call.version());
        }
        return call;
    }

    @Override
    @Transactional
    public Optional<SessionAssignment> scheduleSubmission(DossierId dossier, Scheme scheme, Instant submittedAt) {
        LocalDate day = LocalDate.ofInstant(submittedAt, clock.getZone());
        Optional<Call> call = calls.openCallAccepting(scheme, day);
        if (call.isEmpty()) {
            return Optional.empty(); // outside any call: not refused, the Cellule may schedule it later
        }
        Optional<SessionCalendar.Slot> slot = call.get().slotFor(day);
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        // a session already published takes nothing more: the next one does; the row lock keeps a publication
        // running at the same moment from freezing results without this dossier
        Optional<SelectionSession> session = calls.sessionsOf(call.get().id()).stream()
                .filter(x -> x.number() >= slot.get().number() && !x.published())
                .map(x -> calls.lockSession(x.id()).filter(locked -> !locked.published()))
                .flatMap(Optional::stream).findFirst();
        if (session.isEmpty()) {
            return Optional.empty();
        }
        int snapshot = dossiers.existingDossier(dossier).snapshotVersion();
        calls.schedule(dossier, snapshot, session.get().id(), false, SCHEDULER, submittedAt);
        return Optional.of(new SessionAssignment(call.get().id(), session.get().id(), session.get().date()));
    }

    @Override
    @Transactional
    public SessionAssignment assignSession(DossierId id, Long expectedVersion, UUID sessionId, String by) {
        Dossier dossier = dossiers.dossierAtVersion(id, expectedVersion);
        if (!IN_ROUND.contains(dossier.status())) {
            throw new CallRefusedException(Reason.DOSSIER_NOT_IN_ROUND);
        }
        SelectionSession session = calls.lockSession(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (session.published()) {
            throw new CallRefusedException(Reason.ALREADY_PUBLISHED);
        }
        Call call = call(session.callId());
        if (call.status() == Call.Status.CANCELLED) {
            throw new CallRefusedException(Reason.CALL_CANCELLED);
        }
        if (!call.schemes().contains(dossier.scheme())) {
            throw new CallRefusedException(Reason.SCHEME_NOT_COVERED);
        }
        calls.schedule(id, dossier.snapshotVersion(), sessionId, true, by, clock.instant());
        return new SessionAssignment(call.id(), sessionId, session.date());
    }

    @Override
    @Transactional
    public PublishedResults publishResults(UUID sessionId, String by) {
        SelectionSession session = calls.lockSession(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        session.requirePublishable(LocalDate.now(clock));
        Instant now = clock.instant();
        List<SelectionSession.Result> results = calls.outcomesOf(sessionId);
        calls.savePublication(sessionId, results, by, now);
        SelectionSession published = new SelectionSession(session.id(), session.callId(), session.number(), session.date(),
                session.cutOff(), now, by);
        events.sessionResultsPublished(published, results, now);
        return new PublishedResults(published, results);
    }

    @Override
    public Optional<PublishedResults> publishedResults(UUID sessionId) {
        SelectionSession session = calls.loadSession(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (!session.published()) {
            return Optional.empty();
        }
        return Optional.of(new PublishedResults(session, calls.publishedResults(sessionId)));
    }

    @Override
    public CallPage calls(LocalDate openOn, Scheme scheme, int page, int size) {
        return calls.searchCalls(openOn, scheme, page, size);
    }

    @Override
    public Call call(UUID callId) {
        return calls.loadCall(callId).orElseThrow(() -> new CallNotFoundException(callId));
    }

    @Override
    public List<SelectionSession> sessions(UUID callId) {
        call(callId);
        return calls.sessionsOf(callId);
    }

    @Override
    public SessionAgenda session(UUID sessionId) {
        SelectionSession session = calls.loadSession(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        return new SessionAgenda(session, calls.agendaOf(sessionId));
    }

    @Override
    public Optional<SessionAssignment> sessionOf(DossierId dossier, Caller caller) {
        // an applicant reads only the session of a dossier its organisation is a core-group member of
        access.requireMaySee(dossiers.existingDossier(dossier), caller);
        return calls.currentSession(dossier);
    }
}
