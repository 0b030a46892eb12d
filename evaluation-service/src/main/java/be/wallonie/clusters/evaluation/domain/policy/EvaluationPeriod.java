package be.wallonie.clusters.evaluation.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The period a policy evaluation covers, {@code [from, to)} in calendar days of the given zone. A budget or
 * follow-up year belongs to the period when its 1 January does, so consecutive periods never count a year twice.
 */
public record EvaluationPeriod(LocalDate from, LocalDate to) {

    public EvaluationPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
    }

    /** The period of {@code months} months ending (exclusive) on {@code to}. */
    public static EvaluationPeriod endingOn(LocalDate to, int months) {
        return new EvaluationPeriod(to.minusMonths(months), to);
    }

    /** The period of {@code months} months starting on {@code from}. */
    public static EvaluationPeriod startingOn(LocalDate from, int months) {
        return new EvaluationPeriod(from, from.plusMonths(months));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return contains(instant.atZone(zone).toLocalDate());
    }

    public boolean containsYear(int year) {
        return contains(LocalDate.of(year, 1, 1));
    }
}
