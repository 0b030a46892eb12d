package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.CloseComiteSessionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.ComiteSessionFilter;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.PlanComiteSessionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.Reader;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.RecordAttendanceCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.RecordRecusalsCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.SetAgendaCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.WriteMinutesCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.CaseOnAnotherSessionException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.SessionNotFoundException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.StaleSessionException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.UnknownCasesException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.UnknownExpertsException;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.ReadComiteSessionsQuery;
import be.wallonie.clusters.evaluation.application.port.in.RecordComiteSessionUseCase;
import be.wallonie.clusters.evaluation.application.port.out.ExpertsPort;
import be.wallonie.clusters.evaluation.application.port.out.LoadComiteSessionPort;
import be.wallonie.clusters.evaluation.application.port.out.LoadEvaluationCasePort;
import be.wallonie.clusters.evaluation.application.port.out.OpinionsPort;
import be.wallonie.clusters.evaluation.application.port.out.PanelsPort;
import be.wallonie.clusters.evaluation.application.port.out.ScoreSheetsPort;
import be.wallonie.clusters.evaluation.application.port.out.PublishComiteSessionEventsPort;
import be.wallonie.clusters.evaluation.application.port.out.SaveComiteSessionPort;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.panel.PanelMember;
import be.wallonie.clusters.evaluation.domain.scoring.Opinion;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The records of the Comité's selection sessions. Each change is checked against the version the caller read and
 * refused, changing nothing, on a closed record; closing fixes each item's outcome (whether the Comité's opinion on
 * the case has been issued, read from the opinions this service stores — not from the Kafka-fed policy facts, which may
 * lag behind a just-issued opinion) and publishes it with the record, in one transaction.
 */
@ApplicationScoped
public class ComiteSessionService implements RecordComiteSessionUseCase, ReadComiteSessionsQuery {

    private final LoadComiteSessionPort load;
    private final SaveComiteSessionPort save;
    private final LoadEvaluationCasePort cases;
    private final OpinionsPort opinions;
    private final PanelsPort panels;
    private final ScoreSheetsPort sheets;
    private final PublishComiteSessionEventsPort events;
    private final Clock clock;
    private final ExpertsPort experts;

    public ComiteSessionService(LoadComiteSessionPort load, SaveComiteSessionPort save, LoadEvaluationCasePort cases,
            OpinionsPort opinions, PublishComiteSessionEventsPort events, Clock clock, ExpertsPort experts, PanelsPort panels,
            ScoreSheetsPort sheets) {
        this.panels = panels;
        this.sheets = sheets;
        this.experts = experts;
        this.load = load;
        this.save = save;
        this.cases = cases;
        this.opinions = opinions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ComiteSession planSession(PlanComiteSessionCommand c) {
        ComiteSession s = ComiteSession.plan(c.meetingDate(), c.registrySessionId(), clock.instant(), c.plannedBy());
        save.insertSession(s);
        return s;
    }

    @Override
    @Transactional
    public ComiteSession setAgenda(SetAgendaCommand c) {
        List<UUID> unknown = c.caseIds().stream().filter(id -> cases.loadCase(id).isEmpty()).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownCasesException(unknown);
        }
        return change(c.sessionId(), c.expectedVersion(), s -> {
            ComiteSession next = s.withAgenda(c.caseIds());
            for (UUID caseId : c.caseIds()) {
                load.openSessionHoldingCase(caseId, s.id()).ifPresent(other -> {
                    throw new CaseOnAnotherSessionException(caseId, other);
                });
            }
            return next;
        });
    }

    @Override
    @Transactional
    public ComiteSession recordAttendance(RecordAttendanceCommand c) {
        requireKnownExperts(c.expertIds());
        return change(c.sessionId(), c.expectedVersion(), s -> s.withAttendance(c.expertIds()));
    }

    /** Experts present are experts of the Comité's pool (recusals, in turn, name experts present). */
    private void requireKnownExperts(List<UUID> ids) {
        Set<UUID> known = experts.loadExperts(ids).stream().map(Expert::id).collect(Collectors.toSet());
        List<UUID> unknown = ids.stream().filter(id -> !known.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownExpertsException(unknown);
        }
    }

    @Override
    @Transactional
    public ComiteSession recordRecusals(RecordRecusalsCommand c) {
        ComiteSession next = change(c.sessionId(), c.expectedVersion(), s -> s.withRecusals(c.caseId(), c.recusals()));
        leavePanel(c.caseId(), c.recusals(), c.recordedBy());
        return next;
    }

    /**
     * A recused expert no longer judges the case: while no opinion is issued, they leave its panel and their score
     * sheet is voided, as for a conflict removal (same transaction as the recusal).
     */
    private void leavePanel(UUID caseId, List<ComiteSession.Recusal> recusals, String by) {
        if (recusals.isEmpty() || opinions.opinionOfCase(caseId).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        for (ComiteSession.Recusal r : recusals) {
            if (panels.loadPanel(caseId).filter(p -> p.seats(r.expertId())).isPresent()) {
                LocalizedText reason = new LocalizedText("Récusation en séance du Comité : " + r.reason(),
                        "Recused in a Comité session: " + r.reason());
                panels.removeMember(caseId, r.expertId(), now, by, PanelMember.RECUSED, reason);
                sheets.voidSheet(caseId, r.expertId(), now, PanelMember.RECUSED + ": " + reason.en());
            }
        }
    }

    @Override
    @Transactional
    public ComiteSession writeMinutes(WriteMinutesCommand c) {
        return change(c.sessionId(), c.expectedVersion(), s -> s.withMinutes(c.text()));
    }

    @Override
    @Transactional
    public ComiteSession closeSession(CloseComiteSessionCommand c) {
        ComiteSession closed = change(c.sessionId(), c.expectedVersion(), s -> s.close(this::outcome, clock.instant(), c.closedBy()));
        events.comiteSessionClosed(closed);
        return closed;
    }

    private ComiteSession.ItemOutcome outcome(ComiteSession.AgendaItem item) {
        UUID dossierId = cases.loadCase(item.caseId()).map(EvaluationCase::dossierId)
                .orElseThrow(() -> new UnknownCasesException(List.of(item.caseId())));
        Optional<Opinion> opinion = opinions.opinionOfCase(item.caseId());
        return new ComiteSession.ItemOutcome(item.caseId(), dossierId, opinion.isPresent(),
                opinion.map(Opinion::id).orElse(null), opinion.map(o -> o.outcome().name()).orElse(null),
                item.recusals().stream().map(ComiteSession.Recusal::expertId).toList());
    }

    private ComiteSession change(UUID id, long expectedVersion, UnaryOperator<ComiteSession> change) {
        ComiteSession current = load.loadSession(id).orElseThrow(() -> new SessionNotFoundException(id));
        // A closed record is refused as closed whatever version the caller names: the reason that matters.
        if (current.isOpen() && current.version() != expectedVersion) {
            throw new StaleSessionException(expectedVersion, current.version());
        }
        ComiteSession next = change.apply(current);
        if (!save.updateSession(next)) {
            ComiteSession now = load.loadSession(id).orElseThrow(() -> new SessionNotFoundException(id));
            throw new StaleSessionException(expectedVersion, now.version());
        }
        return next;
    }

    @Override
    public Page<ComiteSession> sessions(ComiteSessionFilter filter) {
        Page<ComiteSession> p = load.loadSessions(filter);
        return new Page<>(p.items().stream().filter(filter.reader()::mayRead).map(filter.reader()::view).toList(), p.page(), p.size(),
                p.total());
    }

    @Override
    public ComiteSession session(UUID id, Reader reader) {
        return load.loadSession(id).filter(reader::mayRead).map(reader::view).orElseThrow(() -> new SessionNotFoundException(id));
    }
}
