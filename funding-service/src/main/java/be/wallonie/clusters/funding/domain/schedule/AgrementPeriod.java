package be.wallonie.clusters.funding.domain.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One funded period, both dates inclusive. For {@link be.wallonie.clusters.funding.domain.scheme.SchemeCode#CLUSTER_ANIMATOR}
 * it is an agrément (period 1) or a renewal (period 2, 3, …), each at most the scheme's period length (3 years);
 * for the other schemes it is the requested support window (preparation phase, grape project, pole labelling).
 *
 * @param number 1 for the first agrément, 2 for its first renewal, …
 * @param start  first day covered
 * @param end    last day covered (an agrément from 1 April 2025 for 3 years ends on 31 March 2028)
 */
public record AgrementPeriod(int number, LocalDate start, LocalDate end) {

    public AgrementPeriod {
        if (number < 1) {
            throw new IllegalArgumentException("agrément periods are numbered from 1: " + number);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + number + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** A period of whole years: {@code ofYears(1, 2025-04-01, 3)} covers 1 April 2025 – 31 March 2028. */
    public static AgrementPeriod ofYears(int number, LocalDate start, int years) {
        return new AgrementPeriod(number, start, AgrementTerm.lastDayOfMonths(start, 12L * years));
    }

    /**
     * A period of whole months: {@code ofMonths(1, 2025-04-01, 12)} covers 1 April 2025 – 31 March 2026 (the support
     * window of a time-limited scheme when no earlier end is asked for).
     */
    public static AgrementPeriod ofMonths(int number, LocalDate start, int months) {
        return new AgrementPeriod(number, start, AgrementTerm.lastDayOfMonths(start, months));
    }

    /**
     * {@code count} back-to-back periods of {@code years} years from {@code firstStart}: the first agrément and
     * its renewals without interruption.
     */
    public static List<AgrementPeriod> consecutive(LocalDate firstStart, int count, int years) {
        List<AgrementPeriod> periods = new ArrayList<>();
        LocalDate start = firstStart;
        for (int number = 1; number <= count; number++) {
            AgrementPeriod period = ofYears(number, start, years);
            periods.add(period);
            start = period.end().plusDays(1);
        }
        return List.copyOf(periods);
    }

    /** Days covered, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
