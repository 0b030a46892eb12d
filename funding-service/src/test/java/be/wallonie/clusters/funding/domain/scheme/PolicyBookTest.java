package be.wallonie.clusters.funding.domain.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PolicyBookTest {

    private static SchemeVersion animator(String label, LocalDate from, long cap) {
        return new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, label, from, new AnimatorParameters(Money.euros(cap),
                List.of(new BigDecimal("1.00"), new BigDecimal("0.75"), new BigDecimal("0.50")), 3, 9));
    }

    @Test
    void selects_the_latest_version_not_after_the_date() {
        SchemeVersion v1 = animator("v1", LocalDate.of(2007, 1, 1), 160_000);
        SchemeVersion v2 = animator("v2", LocalDate.of(2026, 1, 1), 170_000);
        SchemeVersion v3 = animator("v3", LocalDate.of(2030, 7, 1), 180_000);
        PolicyBook book = PolicyBook.of(v3, v1, v2); // any order

        assertThat(book.versionAt(SchemeCode.CLUSTER_ANIMATOR, LocalDate.of(2007, 1, 1))).isEqualTo(v1);
        assertThat(book.versionAt(SchemeCode.CLUSTER_ANIMATOR, LocalDate.of(2025, 12, 31))).isEqualTo(v1);
        assertThat(book.versionAt(SchemeCode.CLUSTER_ANIMATOR, LocalDate.of(2026, 1, 1))).isEqualTo(v2);
        assertThat(book.versionAt(SchemeCode.CLUSTER_ANIMATOR, LocalDate.of(2030, 6, 30))).isEqualTo(v2);
        assertThat(book.versionAt(SchemeCode.CLUSTER_ANIMATOR, LocalDate.of(2099, 1, 1))).isEqualTo(v3);
        assertThat(book.versions(SchemeCode.CLUSTER_ANIMATOR)).containsExactly(v1, v2, v3);
        assertThat(book.version(SchemeCode.CLUSTER_ANIMATOR, "v2")).contains(v2);
    }

    @Test
    void has_no_version_before_the_first_one_nor_for_an_absent_scheme() {
        PolicyBook book = PolicyBook.of(animator("v1", LocalDate.of(2007, 1, 1), 160_000));
        assertThat(book.findVersionAt(SchemeCode.CLUSTER_ANIMATOR, LocalDate.of(2006, 12, 31))).isEmpty();
        assertThatThrownBy(() -> book.versionAt(SchemeCode.TECHNOLOGY_GRAPE, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("TECHNOLOGY_GRAPE");
    }

    @Test
    void adding_a_later_version_leaves_the_book_and_earlier_dates_unchanged() {
        PolicyBook before = DefaultPolicy.book();
        SchemeVersion later = animator("2026-1", LocalDate.of(2026, 1, 1), 170_000);
        PolicyBook after = before.with(later);

        assertThat(before.versions(SchemeCode.CLUSTER_ANIMATOR)).hasSize(1);
        assertThat(after.versions(SchemeCode.CLUSTER_ANIMATOR)).hasSize(2);
        LocalDate earlier = LocalDate.of(2025, 6, 1);
        assertThat(after.versionAt(SchemeCode.CLUSTER_ANIMATOR, earlier))
                .isEqualTo(before.versionAt(SchemeCode.CLUSTER_ANIMATOR, earlier));
        assertThat(after.versionAt(SchemeCode.COMPETITIVENESS_POLE, LocalDate.of(2027, 1, 1)))
                .isEqualTo(DefaultPolicy.version(SchemeCode.COMPETITIVENESS_POLE));
    }

    @Test
    void refuses_a_duplicate_label_or_effective_date() {
        PolicyBook book = PolicyBook.of(animator("v1", LocalDate.of(2007, 1, 1), 160_000));
        assertThatThrownBy(() -> book.with(animator("v1", LocalDate.of(2010, 1, 1), 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labelled v1");
        assertThatThrownBy(() -> book.with(animator("v2", LocalDate.of(2007, 1, 1), 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in force from 2007-01-01");
        // the same label may be used by another scheme
        assertThat(book.with(new SchemeVersion(SchemeCode.COMPETITIVENESS_POLE, "v1", LocalDate.of(2007, 1, 1),
                DefaultPolicy.pole())).all()).hasSize(2);
    }
}
