package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgrementPeriodTest {

    @Test
    void a_period_of_months_ends_the_day_before_the_same_date_months_later() {
        assertThat(AgrementPeriod.ofMonths(1, d("2025-04-01"), 12).end()).isEqualTo(d("2026-03-31"));
        assertThat(AgrementPeriod.ofMonths(1, d("2025-09-01"), 24).end()).isEqualTo(d("2027-08-31"));
        // never cut short by a month end: 31 January + 1 month covers up to 28 February, then 29 February + 12 months
        assertThat(AgrementPeriod.ofMonths(1, d("2025-01-31"), 1).end()).isEqualTo(d("2025-02-28"));
        assertThat(AgrementPeriod.ofMonths(1, d("2028-02-29"), 12).end()).isEqualTo(d("2029-02-28"));
        assertThat(AgrementPeriod.ofMonths(2, d("2025-04-01"), 36)).isEqualTo(AgrementPeriod.ofYears(2, d("2025-04-01"), 3));
    }
}
