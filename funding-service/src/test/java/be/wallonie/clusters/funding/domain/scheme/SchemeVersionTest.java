package be.wallonie.clusters.funding.domain.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeVersionTest {

    @Test
    void defaults_carry_the_seed_figures() {
        AnimatorParameters animator = DefaultPolicy.animator();
        assertThat(animator.yearlyCap()).isEqualTo(Money.euros(160_000));
        assertThat(animator.periodRates()).containsExactly(new BigDecimal("1.00"), new BigDecimal("0.75"), new BigDecimal("0.50"));
        assertThat(animator.periodLengthYears()).isEqualTo(3);
        assertThat(animator.maxFundedYears()).isEqualTo(9);
        assertThat(animator.rateOfPeriod(2)).isEqualByComparingTo("0.75");
        assertThat(animator.rateOfPeriod(4)).isEqualByComparingTo("0");

        assertThat(DefaultPolicy.preparation()).isEqualTo(new TimeLimitedParameters(new BigDecimal("0.50"), Money.euros(50_000), 12));
        assertThat(DefaultPolicy.grape()).isEqualTo(new TimeLimitedParameters(new BigDecimal("1.00"), Money.euros(25_000), 24));
        assertThat(DefaultPolicy.pole()).isEqualTo(new PoleParameters(Money.euros(400_000)));
        assertThat(DefaultPolicy.book().all()).hasSize(4).allMatch(v -> v.label().equals(DefaultPolicy.LABEL));
    }

    @Test
    void a_version_carries_the_parameters_its_scheme_needs() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        assertThatThrownBy(() -> new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, "x", from, DefaultPolicy.pole()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AnimatorParameters");
        assertThatThrownBy(() -> new SchemeVersion(SchemeCode.COMPETITIVENESS_POLE, "x", from, DefaultPolicy.grape()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SchemeVersion(SchemeCode.TECHNOLOGY_GRAPE, "x", from, DefaultPolicy.grape()).inForceOn(from)).isTrue();
        assertThat(new SchemeVersion(SchemeCode.TECHNOLOGY_GRAPE, "x", from, DefaultPolicy.grape()).inForceOn(from.minusDays(1)))
                .isFalse();
        assertThatThrownBy(() -> new SchemeVersion(SchemeCode.TECHNOLOGY_GRAPE, " ", from, DefaultPolicy.grape()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parameters_are_validated() {
        assertThatThrownBy(() -> new AnimatorParameters(Money.euros(1), List.of(new BigDecimal("1.2")), 3, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new AnimatorParameters(Money.euros(1), List.of(), 3, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnimatorParameters(Money.euros(1), List.of(BigDecimal.ONE), 0, 9))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnimatorParameters(Money.euros("-1"), List.of(BigDecimal.ONE), 3, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new TimeLimitedParameters(new BigDecimal("-0.1"), Money.euros(1), 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitedParameters(BigDecimal.ONE, Money.euros(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
