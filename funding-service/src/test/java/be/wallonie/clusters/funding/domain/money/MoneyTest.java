package be.wallonie.clusters.funding.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keeps_two_decimals_and_never_rounds_silently() {
        assertThat(Money.euros("160000").amount()).isEqualByComparingTo("160000.00");
        assertThat(Money.euros("160000").amount().scale()).isEqualTo(2);
        assertThat(Money.euros("1.5")).isEqualTo(Money.euros("1.50"));
        assertThatThrownBy(() -> Money.euros("1.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 decimals");
        // trailing zeros beyond the cent are not a rounding
        assertThat(Money.euros("1.2300")).isEqualTo(Money.euros("1.23"));
    }

    @Test
    void rounds_half_up_to_the_cent_only_on_request() {
        assertThat(Money.rounded(new BigDecimal("120547.945205"))).isEqualTo(Money.euros("120547.95"));
        assertThat(Money.rounded(new BigDecimal("10027.395"))).isEqualTo(Money.euros("10027.40"));
        assertThat(Money.rounded(new BigDecimal("10027.3949999"))).isEqualTo(Money.euros("10027.39"));
        assertThat(Money.rounded(new BigDecimal("-0.005"))).isEqualTo(Money.euros("-0.01"));
    }

    @Test
    void adds_compares_and_counts_cents() {
        Money a = Money.euros("120547.95");
        Money b = Money.ofCents(3013698);
        assertThat(a.plus(b)).isEqualTo(Money.euros("150684.93"));
        assertThat(a.minus(b).cents()).isEqualTo(9041097);
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(a.min(b)).isEqualTo(b);
        assertThat(a.max(b)).isEqualTo(a);
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(Money.euros(25_000)).isEqualTo(Money.euros("25000.00"));
    }

    @Test
    void prints_plain_french_and_english_forms() {
        Money m = Money.euros("1120547.95");
        assertThat(m).hasToString("1120547.95");
        assertThat(m.toFrench()).isEqualTo("1 120 547,95 €");
        assertThat(m.toEnglish()).isEqualTo("€1,120,547.95");
        assertThat(Money.euros("999.5").toFrench()).isEqualTo("999,50 €");
        assertThat(Money.ZERO.toEnglish()).isEqualTo("€0.00");
        assertThat(Money.euros("-1234.5").toEnglish()).isEqualTo("-€1,234.50");
        assertThat(Money.euros("-1234.5").toFrench()).isEqualTo("-1 234,50 €");
    }
}
