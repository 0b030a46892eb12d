package be.wallonie.clusters.registry.domain.call;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of the call's selection sessions (III.3 "Planifier les réunions de sélection (tous les trois mois)").
 * <p>
 * Session k (k = 1, 2…) meets on {@code opening + k × interval} months, each computed from the opening day rather than from
 * the previous session so that month ends do not drift (31 January → 30 April → 31 July). Its cut-off is
 * {@code cutOffDays} before the meeting: a dossier submitted on or before the cut-off day is examined there. Sessions
 * go on until the first one whose cut-off is on or after the closing day, so every submission made while the call is
 * open has a session — the last one therefore usually meets after the closing day, to examine the last submissions.
 * A session whose cut-off falls before the opening could examine nothing and is left out.
 */
public final class SessionCalendar {

    /** One session of the calendar: its rank, the meeting day and the last day of submission it examines. */
    public record Slot(int number, LocalDate date, LocalDate cutOff) {
    }

    /** Safety bound: a call lasts at most a few years, with at least a month between sessions. */
    static final int MAX_SESSIONS = 120;

    private SessionCalendar() {
    }

    public static List<Slot> slots(LocalDate opening, LocalDate closing, int intervalMonths, int cutOffDays) {
        if (intervalMonths < 1 || cutOffDays < 0 || closing.isBefore(opening)) {
            throw new IllegalArgumentException("interval ≥ 1 month, cut-off ≥ 0 days, closing on or after opening");
        }
        List<Slot> slots = new ArrayList<>();
        for (int k = 1; k <= MAX_SESSIONS; k++) {
            LocalDate date = opening.plusMonths((long) k * intervalMonths);
            LocalDate cutOff = date.minusDays(cutOffDays);
            if (cutOff.isBefore(opening)) {
                continue;
            }
            slots.add(new Slot(slots.size() + 1, date, cutOff));
            if (!cutOff.isBefore(closing)) {
                return slots;
            }
        }
        throw new IllegalArgumentException("too many sessions");
    }

    /** The first session whose cut-off a submission made on that day meets (exactly on the cut-off day meets it). */
    public static Optional<Slot> sessionFor(List<Slot> slots, LocalDate submittedOn) {
        return slots.stream().filter(s -> !submittedOn.isAfter(s.cutOff())).findFirst();
    }
}
