package be.wallonie.clusters.evaluation.domain.session;

import be.wallonie.clusters.evaluation.domain.session.SessionChangeRefused.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The record of one selection session of the Comité (its quarterly meeting, 000_… III.3): the cases on its agenda,
 * the experts present, the recusals on each item and the minutes. Once closed it never changes. Each change
 * answers a new record one version higher (optimistic locking).
 *
 * @param registrySessionId the registry's selection session this meeting serves, when known
 * @param results           the per-item outcome fixed at closure (empty while open)
 */
public record ComiteSession(UUID id, LocalDate meetingDate, UUID registrySessionId, Status status, List<AgendaItem> agenda,
        List<UUID> attendees, String minutes, long version, Instant createdAt, String createdBy, Instant closedAt,
        String closedBy, List<ItemOutcome> results) {

    public enum Status {
        OPEN, CLOSED
    }

    /** A case on the agenda and the experts who recused themselves on it. */
    public record AgendaItem(UUID caseId, List<Recusal> recusals) {
        public AgendaItem {
            Objects.requireNonNull(caseId, "caseId");
            recusals = List.copyOf(recusals);
        }
    }

    public record Recusal(UUID expertId, String reason) {
        public Recusal {
            Objects.requireNonNull(expertId, "expertId");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a recusal states its reason");
            }
            reason = reason.strip();
        }
    }

    /** What the session reached on one item, as published when it closed. */
    public record ItemOutcome(UUID caseId, UUID dossierId, boolean opinionReached, UUID opinionId, String opinion,
            List<UUID> recusedExperts) {
        public ItemOutcome {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(dossierId, "dossierId");
            recusedExperts = List.copyOf(recusedExperts);
            if (opinionReached != (opinionId != null)) {
                throw new IllegalArgumentException("an item names its opinion exactly when one was reached");
            }
        }
    }

    public ComiteSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        agenda = List.copyOf(agenda);
        attendees = List.copyOf(attendees);
        results = List.copyOf(results);
    }

    /** A new, open and empty record of a meeting. */
    public static ComiteSession plan(LocalDate meetingDate, UUID registrySessionId, Instant now, String by) {
        return new ComiteSession(UUID.randomUUID(), meetingDate, registrySessionId, Status.OPEN, List.of(), List.of(), null, 0, now,
                by, null, null, List.of());
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public List<UUID> caseIds() {
        return agenda.stream().map(AgendaItem::caseId).toList();
    }

    /** The agenda in this order; items kept from the previous agenda keep their recusals. */
    public ComiteSession withAgenda(List<UUID> caseIds) {
        requireOpen();
        requireDistinct(caseIds);
        Map<UUID, AgendaItem> current = agenda.stream().collect(Collectors.toMap(AgendaItem::caseId, Function.identity()));
        List<AgendaItem> items = caseIds.stream().map(c -> current.getOrDefault(c, new AgendaItem(c, List.of()))).toList();
        return next(items, attendees, minutes);
    }

    /** The experts present; an expert who recused on an item cannot be dropped while the recusal stands. */
    public ComiteSession withAttendance(List<UUID> expertIds) {
        requireOpen();
        requireDistinct(expertIds);
        Set<UUID> present = new HashSet<>(expertIds);
        List<UUID> dropped = agenda.stream().flatMap(i -> i.recusals().stream()).map(Recusal::expertId)
                .filter(e -> !present.contains(e)).distinct().toList();
        if (!dropped.isEmpty()) {
            throw new SessionChangeRefused(Reason.EXPERT_NOT_PRESENT, dropped, "experts with a recusal must stay present: " + dropped);
        }
        return next(agenda, expertIds, minutes);
    }

    /** The recusals of one item (replacing its earlier ones): each expert present, once. */
    public ComiteSession withRecusals(UUID caseId, List<Recusal> recusals) {
        requireOpen();
        if (!caseIds().contains(caseId)) {
            throw new SessionChangeRefused(Reason.CASE_NOT_ON_AGENDA, List.of(caseId), "case " + caseId + " is not on the agenda");
        }
        requireDistinct(recusals.stream().map(Recusal::expertId).toList());
        List<UUID> absent = recusals.stream().map(Recusal::expertId).filter(e -> !attendees.contains(e)).toList();
        if (!absent.isEmpty()) {
            throw new SessionChangeRefused(Reason.EXPERT_NOT_PRESENT, absent, "experts not present: " + absent);
        }
        List<AgendaItem> items = agenda.stream().map(i -> i.caseId().equals(caseId) ? new AgendaItem(caseId, recusals) : i).toList();
        return next(items, attendees, minutes);
    }

    public ComiteSession withMinutes(String text) {
        requireOpen();
        return next(agenda, attendees, text == null || text.isBlank() ? null : text.strip());
    }

    /**
     * Closes the record with the outcome of each item, in agenda order: an agenda, the experts present and the minutes
     * are needed.
     */
    public ComiteSession close(Function<AgendaItem, ItemOutcome> outcomeOf, Instant now, String by) {
        requireOpen();
        List<String> missing = new ArrayList<>();
        if (agenda.isEmpty()) {
            missing.add("agenda");
        }
        if (attendees.isEmpty()) {
            missing.add("attendance");
        }
        if (minutes == null) {
            missing.add("minutes");
        }
        if (!missing.isEmpty()) {
            throw new SessionChangeRefused(Reason.INCOMPLETE_RECORD, List.of(), String.join(", ", missing));
        }
        List<ItemOutcome> outcomes = agenda.stream().map(outcomeOf).toList();
        return new ComiteSession(id, meetingDate, registrySessionId, Status.CLOSED, agenda, attendees, minutes, version + 1,
                createdAt, createdBy, now, by, outcomes);
    }

    /**
     * What the Region and the Cellule read of a closed record: its published results only (per item the case, the
     * dossier, whether an opinion was reached and which) — no attendance, recusals or minutes.
     */
    public ComiteSession publishedResults() {
        return new ComiteSession(id, meetingDate, registrySessionId, status,
                agenda.stream().map(i -> new AgendaItem(i.caseId(), List.of())).toList(), List.of(), null, version, createdAt,
                createdBy, closedAt, closedBy, results.stream().map(o -> new ItemOutcome(o.caseId(), o.dossierId(), o.opinionReached(),
                        o.opinionId(), o.opinion(), List.of())).toList());
    }

    /** What an expert who attended reads: the whole record but, of the recusals, only their own. */
    public ComiteSession seenByExpert(UUID expertId) {
        return new ComiteSession(id, meetingDate, registrySessionId, status,
                agenda.stream().map(i -> new AgendaItem(i.caseId(), i.recusals().stream()
                        .filter(r -> r.expertId().equals(expertId)).toList())).toList(), attendees, minutes, version, createdAt,
                createdBy, closedAt, closedBy, results.stream().map(o -> new ItemOutcome(o.caseId(), o.dossierId(), o.opinionReached(),
                        o.opinionId(), o.opinion(), o.recusedExperts().stream().filter(expertId::equals).toList())).toList());
    }

    private ComiteSession next(List<AgendaItem> items, List<UUID> experts, String text) {
        return new ComiteSession(id, meetingDate, registrySessionId, status, items, experts, text, version + 1, createdAt, createdBy,
                closedAt, closedBy, results);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new SessionChangeRefused(Reason.SESSION_CLOSED, List.of(id), "session " + id + " is closed");
        }
    }

    private static void requireDistinct(List<UUID> ids) {
        Set<UUID> seen = new LinkedHashSet<>();
        List<UUID> twice = ids.stream().filter(i -> !seen.add(i)).distinct().toList();
        if (!twice.isEmpty()) {
            throw new SessionChangeRefused(Reason.DUPLICATE, twice, "listed more than once: " + twice);
        }
    }
}
