package be.wallonie.clusters.funding.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BelgianFrancsTest {

    @Test
    void converts_at_the_legal_rate_to_the_cent() {
        // 1 000 000 / 40.3399 = 24 789.3524… → 24 789.35
        assertThat(BelgianFrancs.toEuro(1_000_000)).isEqualTo(Money.euros("24789.35"));
        // the rate itself is one euro
        assertThat(BelgianFrancs.toEuro(new BigDecimal("40.3399"))).isEqualTo(Money.euros("1.00"));
        // the report's consultancy ceiling, "500 KF FB par an": 500 000 / 40.3399 = 12 394.6762… → 12 394.68
        assertThat(BelgianFrancs.toEuro(500_000)).isEqualTo(Money.euros("12394.68"));
        // 1 BEF = 0.02478… €
        assertThat(BelgianFrancs.toEuro(1)).isEqualTo(Money.euros("0.02"));
        assertThat(BelgianFrancs.toEuro(0)).isEqualTo(Money.ZERO);
    }

    @Test
    void rounds_the_exact_quotient_half_up_once() {
        // 0.2016995 BEF is exactly 0.005 € → 0.01; a hair less stays 0.00
        assertThat(BelgianFrancs.toEuro(new BigDecimal("0.2016995"))).isEqualTo(Money.euros("0.01"));
        assertThat(BelgianFrancs.toEuro(new BigDecimal("0.2016994"))).isEqualTo(Money.euros("0.00"));
        // 160 000 € back from its franc value (6 454 384 BEF) is exact
        assertThat(BelgianFrancs.toEuro(new BigDecimal("6454384"))).isEqualTo(Money.euros("160000.00"));
        assertThat(BelgianFrancs.FRANCS_PER_EURO).isEqualByComparingTo("40.3399");
    }
}
