package be.wallonie.clusters.registry.domain.followup;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When reports are due: a year is due for each calendar year overlapping one of the cluster's agréments, once that
 * year is over, on {@code dueDay} of the next year (default 31 March, {@code clusters.follow-up.due-month-day=03-31}).
 * A year due and not filed after its due day is overdue; a first filing after its due day is late.
 */
public record FollowUpCalendar(MonthDay dueDay) {

    public enum Standing {
        /** Filed, on or before its due day (or before the year was over). */
        FILED,
        /** Filed after its due day. */
        FILED_LATE,
        /** The year is over, not filed yet, its due day not passed. */
        DUE,
        /** Not filed and its due day passed. */
        OVERDUE
    }

    public FollowUpCalendar {
        Objects.requireNonNull(dueDay, "due day");
    }

    /** The day the report on {@code year} is due (29 February becomes 28 in a common year). */
    public LocalDate dueOn(int year) {
        return dueDay.atYear(year + 1);
    }

    /** The years due on {@code today}: over, and overlapping an agrément. */
    public SortedSet<Integer> yearsDue(List<Agrement> agrements, LocalDate today) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Agrement a : agrements) {
            for (int y = a.start().getYear(); y <= a.end().getYear() && y < today.getYear(); y++) {
                years.add(y);
            }
        }
        return years;
    }

    /** Where a year stands on {@code today}, given the day it was first filed (empty when not filed). */
    public Standing standing(int year, Optional<LocalDate> firstFiledOn, LocalDate today) {
        LocalDate due = dueOn(year);
        if (firstFiledOn.isPresent()) {
            return firstFiledOn.get().isAfter(due) ? Standing.FILED_LATE : Standing.FILED;
        }
        return today.isAfter(due) ? Standing.OVERDUE : Standing.DUE;
    }

    /** Days past the due day on {@code today}; 0 when not past. */
    public long daysOverdue(int year, LocalDate today) {
        return Math.max(0, today.toEpochDay() - dueOn(year).toEpochDay());
    }
}
