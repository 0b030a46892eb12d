package be.wallonie.clusters.funding.domain.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publication rules of versioned policy data: a new label, effective today or later, after the latest version. */
class PolicyBookPublicationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static SchemeVersion pole(String label, String from) {
        return new SchemeVersion(SchemeCode.COMPETITIVENESS_POLE, label, LocalDate.parse(from), new PoleParameters(Money.euros(450_000)));
    }

    @Test
    void publishes_a_version_effective_today_or_later() {
        PolicyBook book = DefaultPolicy.book();
        PolicyBook today = book.publish(pole("2025-2", "2025-06-30"), TODAY);
        PolicyBook later = book.publish(pole("2026-1", "2026-01-01"), TODAY);

        assertThat(today.versionAt(SchemeCode.COMPETITIVENESS_POLE, TODAY).label()).isEqualTo("2025-2");
        assertThat(later.versionAt(SchemeCode.COMPETITIVENESS_POLE, TODAY).label()).isEqualTo(DefaultPolicy.LABEL);
        assertThat(later.latest(SchemeCode.COMPETITIVENESS_POLE).orElseThrow().label()).isEqualTo("2026-1");
        assertThat(later.nextAfter(SchemeCode.COMPETITIVENESS_POLE, TODAY).orElseThrow().label()).isEqualTo("2026-1");
        assertThat(book.nextAfter(SchemeCode.COMPETITIVENESS_POLE, TODAY)).isEmpty();
        // the book it was published into is unchanged
        assertThat(book.versions(SchemeCode.COMPETITIVENESS_POLE)).hasSize(1);
    }

    @Test
    void refuses_a_version_that_would_rewrite_the_past() {
        assertThatThrownBy(() -> DefaultPolicy.book().publish(pole("2025-1", "2025-06-29"), TODAY))
                .isInstanceOfSatisfying(SchemeVersionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SchemeVersionRefusedException.Reason.EFFECTIVE_DATE_IN_THE_PAST);
                    assertThat(e.inTheWay()).isEmpty();
                    assertThat(e.today()).isEqualTo(TODAY);
                });
    }

    @Test
    void refuses_a_version_on_or_before_the_latest_one() {
        PolicyBook book = DefaultPolicy.book().publish(pole("2027-1", "2027-01-01"), TODAY);
        for (String from : new String[] {"2026-12-31", "2027-01-01"}) {
            assertThatThrownBy(() -> book.publish(pole("x", from), TODAY))
                    .isInstanceOfSatisfying(SchemeVersionRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(SchemeVersionRefusedException.Reason.NOT_AFTER_LATEST_VERSION);
                        assertThat(e.inTheWay().orElseThrow().label()).isEqualTo("2027-1");
                    });
        }
        assertThat(book.publish(pole("2027-2", "2027-01-02"), TODAY).versions(SchemeCode.COMPETITIVENESS_POLE)).hasSize(3);
    }

    @Test
    void refuses_a_label_the_scheme_already_has_but_not_one_of_another_scheme() {
        assertThatThrownBy(() -> DefaultPolicy.book().publish(pole(DefaultPolicy.LABEL, "2030-01-01"), TODAY))
                .isInstanceOfSatisfying(SchemeVersionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SchemeVersionRefusedException.Reason.LABEL_TAKEN);
                    assertThat(e.inTheWay().orElseThrow().effectiveFrom()).isEqualTo(DefaultPolicy.EFFECTIVE_FROM);
                });
        PolicyBook onlyAnimator = PolicyBook.of(DefaultPolicy.version(SchemeCode.CLUSTER_ANIMATOR));
        assertThat(onlyAnimator.publish(pole(DefaultPolicy.LABEL, "2030-01-01"), TODAY).latest(SchemeCode.COMPETITIVENESS_POLE))
                .isPresent();
    }
}
