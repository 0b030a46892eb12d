package be.wallonie.clusters.registry.domain.call;

import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The call (concours): continuous submission between its opening and closing days for the schemes it covers, with a
 * selection session every few months ({@link SessionCalendar}).
 *
 * @param version optimistic-locking version (the ETag)
 */
public record Call(UUID id, String title, Set<Scheme> schemes, LocalDate opening, LocalDate closing, int sessionIntervalMonths,
        int cutOffDays, Status status, long version, String createdBy, Instant createdAt) {

    public enum Status {
        OPEN, CANCELLED
    }

    static final int MAX_TITLE = 200;
    static final int MAX_INTERVAL_MONTHS = 12;
    static final int MAX_CUT_OFF_DAYS = 365;

    public Call {
        Objects.requireNonNull(id, "id");
        schemes = Set.copyOf(schemes);
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Opens a call; absent closing day, interval and cut-off take the policy's defaults (the closing day is the last day
     * of {@code durationMonths} from the opening, so a one-year call opened on 1 January closes on 31 December).
     *
     * @throws InvalidCallException naming every offending field
     */
    public static Call open(String title, Set<Scheme> schemes, LocalDate opening, LocalDate closing, Integer intervalMonths,
            Integer cutOffDays, CallPolicy policy, String by, Instant at) {
        List<CallViolation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(new CallViolation("title", CallViolation.Code.REQUIRED));
        } else if (title.strip().length() > MAX_TITLE) {
            violations.add(new CallViolation("title", CallViolation.Code.TOO_LONG));
        }
        if (schemes == null || schemes.isEmpty()) {
            violations.add(new CallViolation("schemes", CallViolation.Code.REQUIRED));
        }
        if (opening == null) {
            violations.add(new CallViolation("openingDate", CallViolation.Code.REQUIRED));
        }
        int interval = intervalMonths == null ? policy.sessionIntervalMonths() : intervalMonths;
        if (interval < 1 || interval > MAX_INTERVAL_MONTHS) {
            violations.add(new CallViolation("sessionIntervalMonths", CallViolation.Code.INTERVAL_OUT_OF_RANGE));
        }
        int cutOff = cutOffDays == null ? policy.cutOffDays() : cutOffDays;
        if (cutOff < 0 || cutOff > MAX_CUT_OFF_DAYS) {
            violations.add(new CallViolation("cutOffDays", CallViolation.Code.CUT_OFF_OUT_OF_RANGE));
        }
        LocalDate close = closing;
        if (opening != null) {
            // as for agréments: the day before the opening, moved on by the duration (29 February + 1 year closes on 28 February)
            close = closing != null ? closing : opening.minusDays(1).plusMonths(policy.durationMonths());
            violations.addAll(closingViolations(opening, close, policy));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCallException(violations);
        }
        return new Call(UUID.randomUUID(), title.strip(), EnumSet.copyOf(schemes), opening, close, interval, cutOff, Status.OPEN, 0, by,
                at);
    }

    private static List<CallViolation> closingViolations(LocalDate opening, LocalDate closing, CallPolicy policy) {
        if (closing.isBefore(opening)) {
            return List.of(new CallViolation("closingDate", CallViolation.Code.CLOSING_BEFORE_OPENING));
        }
        if (closing.isAfter(opening.plusMonths(policy.maxDurationMonths()))) {
            return List.of(new CallViolation("closingDate", CallViolation.Code.CALL_TOO_LONG));
        }
        return List.of();
    }

    /**
     * The same call with another closing day: allowed until the current closing day has passed, and never to a day
     * already past (the call cannot close retroactively on submissions already scheduled).
     */
    public Call withClosing(LocalDate newClosing, LocalDate today, CallPolicy policy) {
        if (status == Status.CANCELLED) {
            throw new CallRefusedException(CallRefusedException.Reason.CALL_CANCELLED);
        }
        if (today.isAfter(closing)) {
            throw new CallRefusedException(CallRefusedException.Reason.CALL_CLOSED);
        }
        if (newClosing == null) {
            throw new InvalidCallException(List.of(new CallViolation("closingDate", CallViolation.Code.REQUIRED)));
        }
        List<CallViolation> violations = new ArrayList<>(closingViolations(opening, newClosing, policy));
        if (violations.isEmpty() && newClosing.isBefore(today)) {
            violations.add(new CallViolation("closingDate", CallViolation.Code.CLOSING_IN_THE_PAST));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCallException(violations);
        }
        return new Call(id, title, schemes, opening, newClosing, sessionIntervalMonths, cutOffDays, status, version, createdBy,
                createdAt);
    }

    /** The call cancelled: it schedules no more submissions; dossiers already on a session's agenda stay there. */
    public Call cancelled() {
        if (status == Status.CANCELLED) {
            throw new CallRefusedException(CallRefusedException.Reason.CALL_CANCELLED);
        }
        return new Call(id, title, schemes, opening, closing, sessionIntervalMonths, cutOffDays, Status.CANCELLED, version, createdBy,
                createdAt);
    }

    /** Whether a submission of that scheme made on that day belongs to this call. */
    public boolean accepts(Scheme scheme, LocalDate day) {
        return status == Status.OPEN && schemes.contains(scheme) && !day.isBefore(opening) && !day.isAfter(closing);
    }

    /** Whether both calls would accept the same submission: a shared scheme and overlapping dates. */
    public boolean overlaps(Call other) {
        return status == Status.OPEN && other.status == Status.OPEN && !id.equals(other.id)
                && schemes.stream().anyMatch(other.schemes::contains)
                && !opening.isAfter(other.closing) && !other.opening.isAfter(closing);
    }

    public List<SessionCalendar.Slot> calendar() {
        return SessionCalendar.slots(opening, closing, sessionIntervalMonths, cutOffDays);
    }

    /** The session a submission made on that day is examined at. */
    public Optional<SessionCalendar.Slot> slotFor(LocalDate submittedOn) {
        return SessionCalendar.sessionFor(calendar(), submittedOn);
    }
}
