package be.wallonie.clusters.registry.domain.agrement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * "N years from a start date" (domain.md §5): the period ends the day before the same date N years later, 1 March 2025
 * + 3 years → 29 February 2028. The anniversary of 29 February in a common year is 1 March, so 29 February 2028 + 3
 * years → 28 February 2031. Formally the last day is the later of {@code start.plusYears(n).minusDays(1)} and
 * {@code start.minusDays(1).plusYears(n)} (the first alone is a day short for a 29 February start, the second alone a day
 * short for a 1 March start before a leap day).
 *
 * <p>The funding service applies the same rule; both services check it against the shared contract file
 * {@code contracts/agrement-terms.csv} (shared-contracts), one row per start day of 2024–2032 and 1 to 3 years.
 */
public final class AgrementTerm {

    private AgrementTerm() {
    }

    /** The last day (included) of a period of {@code years} years starting on {@code start}. */
    public static LocalDate lastDay(LocalDate start, int years) {
        Objects.requireNonNull(start, "start");
        if (years < 1) {
            throw new IllegalArgumentException("a period lasts at least a year");
        }
        LocalDate dayBeforeAnniversary = start.plusYears(years).minusDays(1);
        LocalDate anniversaryOfTheDayBefore = start.minusDays(1).plusYears(years);
        return dayBeforeAnniversary.isAfter(anniversaryOfTheDayBefore) ? dayBeforeAnniversary : anniversaryOfTheDayBefore;
    }
}
