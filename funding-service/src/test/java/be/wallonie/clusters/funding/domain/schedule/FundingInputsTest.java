package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.DOSSIER;
import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static be.wallonie.clusters.funding.domain.schedule.Lines.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FundingInputsTest {

    @Test
    void periods_are_numbered_in_order_and_do_not_overlap() {
        YearlyAmounts costs = YearlyAmounts.yearly(eur("1"));
        assertThatThrownBy(() -> FundingInputs.animator(DOSSIER, List.of(), costs)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FundingInputs.animator(DOSSIER, List.of(new AgrementPeriod(2, d("2025-01-01"), d("2025-12-31"))),
                costs)).hasMessageContaining("numbered 1, 2, 3");
        assertThatThrownBy(() -> FundingInputs.animator(DOSSIER, List.of(new AgrementPeriod(1, d("2025-01-01"), d("2025-12-31")),
                new AgrementPeriod(2, d("2025-12-31"), d("2026-12-31"))), costs)).hasMessageContaining("before period 1 ends");
        assertThatThrownBy(() -> new AgrementPeriod(1, d("2025-01-02"), d("2025-01-01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YearlyAmounts.yearly(eur("-1"))).hasMessageContaining("negative");
    }

    @Test
    void consecutive_periods_follow_each_other() {
        List<AgrementPeriod> periods = AgrementPeriod.consecutive(d("2025-04-01"), 3, 3);
        assertThat(periods).containsExactly(new AgrementPeriod(1, d("2025-04-01"), d("2028-03-31")),
                new AgrementPeriod(2, d("2028-04-01"), d("2031-03-31")), new AgrementPeriod(3, d("2031-04-01"), d("2034-03-31")));
        assertThat(periods.get(0).days()).isEqualTo(1096);
    }

    @Test
    void the_fingerprint_depends_on_the_content_only() {
        Map<Integer, Money> hash = new HashMap<>();
        Map<Integer, Money> sorted = new TreeMap<>();
        for (int year : new int[] {2031, 2025, 2027}) {
            hash.put(year, eur(year + ".5"));
        }
        for (int year : new int[] {2025, 2027, 2031}) {
            sorted.put(year, eur(year + ".50"));
        }
        FundingInputs a = FundingInputs.animator(DOSSIER, AgrementPeriod.consecutive(d("2025-04-01"), 2, 3),
                YearlyAmounts.of(eur("200000"), hash));
        FundingInputs b = FundingInputs.animator(DOSSIER, AgrementPeriod.consecutive(d("2025-04-01"), 2, 3),
                new YearlyAmounts(eur("200000.00"), new TreeMap<>(sorted)));
        assertThat(a).isEqualTo(b);
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(a.declareCosts(2026, eur("1")).fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(a.withPeriods(AgrementPeriod.consecutive(d("2025-04-01"), 3, 3)).fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(a.withPrivateContributions(YearlyAmounts.yearly(eur("1"))).fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(a.canonical()).startsWith("funding-inputs/2|dossier=" + DOSSIER + "|scheme=CLUSTER_ANIMATOR|periods=1:2025-04-01..2028-03-31,");
    }

    @Test
    void factories_set_the_scheme() {
        YearlyAmounts costs = YearlyAmounts.yearly(eur("1"));
        assertThat(FundingInputs.preparation(DOSSIER, d("2025-01-01"), d("2025-12-31"), costs).scheme())
                .isEqualTo(SchemeCode.CLUSTER_PREPARATION);
        assertThat(FundingInputs.grape(DOSSIER, d("2025-01-01"), d("2025-12-31"), costs).scheme()).isEqualTo(SchemeCode.TECHNOLOGY_GRAPE);
        FundingInputs pole = FundingInputs.pole(DOSSIER, AgrementPeriod.consecutive(d("2025-01-01"), 1, 3), List.of());
        assertThat(pole.scheme()).isEqualTo(SchemeCode.COMPETITIVENESS_POLE);
        assertThat(pole.firstStart()).isEqualTo(d("2025-01-01"));
        assertThat(pole.lastEnd()).isEqualTo(d("2027-12-31"));
    }
}
