package be.wallonie.clusters.funding.domain.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * "N years from a start date" (domain.md §5): an agrément — or a support year — of N years from a start date ends
 * the day before the same date N years later; 1 March 2025 + 3 years ends on 29 February 2028, 1 April 2025 + 3
 * years on 31 March 2028. The anniversary of 29 February in a common year is 1 March, so 29 February 2028 + 3 years
 * ends on 28 February 2031 and the next period starts on 1 March 2031. The registry computes agrément dates with the
 * same rule; both are checked against {@code contracts/agrement-terms.csv} of shared-contracts.
 */
public final class AgrementTerm {

    private AgrementTerm() {
    }

    /** The last day of {@code years} years from {@code start}. */
    public static LocalDate lastDay(LocalDate start, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("a term lasts at least a year: " + years);
        }
        return lastDayOfMonths(start, 12L * years);
    }

    /**
     * The last day of {@code months} months from {@code start}: the later of the two usual readings ("the day before
     * the same date {@code months} later" and "the day before the start, {@code months} later"), so that a span is
     * never cut short by a month end (31 August + 6 months ends on 28 February, 1 March + 12 months on 28 or 29
     * February).
     */
    public static LocalDate lastDayOfMonths(LocalDate start, long months) {
        Objects.requireNonNull(start, "start");
        if (months < 1) {
            throw new IllegalArgumentException("a span lasts at least a month: " + months);
        }
        LocalDate a = start.plusMonths(months).minusDays(1);
        LocalDate b = start.minusDays(1).plusMonths(months);
        return a.isAfter(b) ? a : b;
    }
}
