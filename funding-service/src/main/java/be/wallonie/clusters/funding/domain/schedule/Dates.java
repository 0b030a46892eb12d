package be.wallonie.clusters.funding.domain.schedule;

import java.time.LocalDate;

/** Date arithmetic shared by the calculator and the inputs. Every date range is inclusive of both ends. */
final class Dates {

    private Dates() {
    }

    /**
     * The last day of a span of {@code months} months starting on {@code start}: 1 April 2025 + 36 months ends
     * on 31 March 2028; 1 March 2025 + 36 months on 29 February 2028; 29 February 2028 + 36 months on
     * 28 February 2031 (the later of the two usual readings, so a span is never cut short by a month end).
     */
    static LocalDate lastDayOf(LocalDate start, long months) {
        return AgrementTerm.lastDayOfMonths(start, months);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
