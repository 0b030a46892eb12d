package be.wallonie.clusters.registry.domain.agrement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "N years from a start date", checked against java.time for every start day of 2024–2032 and 1 to 3 years. */
class AgrementTermTest {

    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    static final LocalDate LAST = LocalDate.of(2032, 12, 31);

    static boolean leapDayIntoACommonYear(LocalDate start, int years) {
        return start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29 && !start.plusYears(years).isLeapYear();
    }

    @Test
    void the_seeds_examples() {
        assertThat(AgrementTerm.lastDay(LocalDate.of(2025, 3, 1), 3)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(AgrementTerm.lastDay(LocalDate.of(2028, 2, 29), 3)).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(AgrementTerm.lastDay(LocalDate.of(2025, 4, 1), 3)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(AgrementTerm.lastDay(LocalDate.of(2028, 2, 29), 4)).isEqualTo(LocalDate.of(2032, 2, 28));
        assertThatThrownBy(() -> AgrementTerm.lastDay(LocalDate.of(2025, 3, 1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_start_day_ends_the_day_before_the_anniversary() {
        int checked = 0;
        for (LocalDate start = FIRST; !start.isAfter(LAST); start = start.plusDays(1)) {
            for (int n = 1; n <= 3; n++) {
                LocalDate end = AgrementTerm.lastDay(start, n);
                LocalDate anniversary = start.plusYears(n);
                if (leapDayIntoACommonYear(start, n)) {
                    // 29 February has no anniversary in a common year: it falls on 1 March, the period ends on 28 February
                    assertThat(end).as("%s + %d", start, n).isEqualTo(LocalDate.of(anniversary.getYear(), 2, 28));
                    assertThat(ChronoUnit.DAYS.between(start, end) + 1).isEqualTo(ChronoUnit.DAYS.between(start, anniversary) + 1);
                } else {
                    assertThat(end).as("%s + %d", start, n).isEqualTo(anniversary.minusDays(1));
                    assertThat(ChronoUnit.DAYS.between(start, end) + 1).as("%s + %d", start, n)
                            .isEqualTo(ChronoUnit.DAYS.between(start, anniversary));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3288 * 3);
    }

    @Test
    void a_first_agrement_and_its_renewals_tile_the_days_with_no_gap_and_no_overlap() {
        Instant now = Instant.parse("2026-12-03T09:00:00Z");
        for (LocalDate start = FIRST; !start.isAfter(LAST); start = start.plusDays(1)) {
            for (int n = 1; n <= 3; n++) {
                Agrement period = Agrement.first(UUID.randomUUID(), UUID.randomUUID(), start, n, "region", now);
                assertThat(period.end()).isEqualTo(AgrementTerm.lastDay(start, n));
                for (int renewal = 0; renewal < 3; renewal++) {
                    Agrement next = period.renewal(UUID.randomUUID(), n, "region", now);
                    // no gap, no overlap: the next period begins the day after the last one ends
                    assertThat(next.start()).as("%s + %d, renewal %d", start, n, renewal).isEqualTo(period.end().plusDays(1));
                    assertThat(next.end()).isEqualTo(AgrementTerm.lastDay(next.start(), n));
                    assertThat(next.periodNumber()).isEqualTo(period.periodNumber() + 1);
                    period = next;
                }
            }
        }
    }

    @Test
    void a_renewal_counts_its_years_from_the_day_after_the_current_end() {
        Instant now = Instant.parse("2026-12-03T09:00:00Z");
        // 29 February 2024 + 3 → 28 February 2027; renewed from 1 March 2027 + 3 → 28 February 2030
        Agrement first = Agrement.first(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2024, 2, 29), 3, "region", now);
        assertThat(first.end()).isEqualTo(LocalDate.of(2027, 2, 28));
        Agrement second = first.renewal(UUID.randomUUID(), 3, "region", now);
        assertThat(second.start()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(second.end()).isEqualTo(LocalDate.of(2030, 2, 28));
        // 1 March 2027 + 1 year reaches across 29 February 2028 (adding a year to the old end would give 28 February 2028)
        Agrement oneYear = Agrement.first(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 1), 1, "region", now);
        assertThat(oneYear.renewal(UUID.randomUUID(), 1, "region", now).end()).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
