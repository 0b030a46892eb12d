package be.wallonie.clusters.evaluation.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareTest {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    @Test
    void percentages_are_rounded_half_up_to_two_decimals() {
        assertThat(new Share(1, 3).percent()).isEqualByComparingTo("33.33");
        assertThat(new Share(2, 3).percent()).isEqualByComparingTo("66.67");
        assertThat(new Share(1, 8).percent()).isEqualByComparingTo("12.5");
        assertThat(new Share(0, 0).percent()).isEqualByComparingTo("0");
    }

    @Test
    void comparisons_at_the_boundary_are_exact() {
        assertThat(new Share(1, 2).meets(Comparison.GREATER_THAN, FIFTY)).isFalse();
        assertThat(new Share(1, 2).meets(Comparison.AT_LEAST, FIFTY)).isTrue();
        assertThat(new Share(3, 5).meets(Comparison.AT_LEAST, SIXTY)).isTrue();
        assertThat(new Share(599_999, 1_000_000).meets(Comparison.AT_LEAST, SIXTY)).isFalse();
        assertThat(new Share(2, 3).meets(Comparison.AT_MOST, new BigDecimal("66.67"))).isTrue();
        assertThat(new Share(2, 3).meets(Comparison.LESS_THAN, new BigDecimal("66.666"))).isFalse();
    }

    @Test
    void an_empty_whole_is_zero_percent() {
        assertThat(new Share(0, 0).meets(Comparison.AT_LEAST, FIFTY)).isFalse();
        assertThat(new Share(0, 0).meets(Comparison.AT_MOST, FIFTY)).isTrue();
        assertThat(new Share(0, 0).isEmpty()).isTrue();
    }

    @Test
    void a_part_cannot_exceed_its_whole() {
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Share(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
