package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.DOSSIER;
import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static be.wallonie.clusters.funding.domain.schedule.Lines.eur;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COMPETITIVENESS_POLE: min(400 000 €/year pro rata, declared budget − private contributions), never negative. */
class PoleScheduleTest {

    private static final SchemeVersion POLE = DefaultPolicy.version(SchemeCode.COMPETITIVENESS_POLE);
    private static final LocalDate COMPUTED_ON = LocalDate.of(2025, 1, 10);
    private final FundingCalculator calculator = new FundingCalculator();

    @Test
    void private_contribution_rule_cap_and_negative_guard() {
        FundingInputs inputs = FundingInputs.pole(DOSSIER, List.of(new AgrementPeriod(1, d("2025-01-01"), d("2027-12-31"))),
                YearlyAmounts.yearly(eur("1500000")).declare(2026, eur("1000000")).declare(2027, eur("300000")),
                YearlyAmounts.yearly(eur("500000")).declare(2026, eur("700000")).declare(2027, eur("400000")));
        FundingSchedule schedule = calculator.compute(inputs, POLE, COMPUTED_ON);

        // 2025: 1 500 000 − 500 000 = 1 000 000 > 400 000 → the cap
        ScheduleLine y2025 = schedule.linesOf(2025).get(0);
        assertThat(y2025.granted()).isEqualTo(eur("400000.00"));
        assertThat(y2025.privateContributions()).isEqualTo(eur("500000.00"));
        assertThat(y2025.leftToCluster()).isEqualTo(eur("1100000.00"));
        assertThat(y2025.explanation().fr()).contains("plafond atteint");
        // 2026: 1 000 000 − 700 000 = 300 000 < 400 000 → the net budget
        assertThat(schedule.grantedIn(2026)).isEqualTo(eur("300000.00"));
        assertThat(schedule.linesOf(2026).get(0).explanation().en()).contains("net budget");
        // 2027: 300 000 − 400 000 < 0 → nothing, never negative
        ScheduleLine y2027 = schedule.linesOf(2027).get(0);
        assertThat(y2027.granted()).isEqualTo(Money.ZERO);
        assertThat(y2027.leftToCluster()).isEqualTo(eur("300000.00"));
        assertThat(y2027.explanation().fr()).contains("contributions privées égales ou supérieures au budget : octroi 0,00 €");

        assertThat(schedule.totalGranted()).isEqualTo(eur("700000.00"));
        assertThat(schedule.totalPrivateContributions()).isEqualTo(eur("1600000.00"));
        assertThat(schedule.lines()).allMatch(line -> line.rate().signum() > 0);
    }

    @Test
    void a_partial_year_pro_rates_cap_budget_and_contributions() {
        // 1 July – 31 Dec 2025, 184/365: budget 1 000 000 × 184/365 = 504 109.59; private 800 000 × 184/365 = 403 287.67
        // net 200 000 × 184/365 = 100 821.92 < cap 400 000 × 184/365 = 201 643.84
        FundingInputs inputs = FundingInputs.pole(DOSSIER, List.of(new AgrementPeriod(1, d("2025-07-01"), d("2025-12-31"))),
                YearlyAmounts.yearly(eur("1000000")), YearlyAmounts.yearly(eur("800000")));
        ScheduleLine line = calculator.compute(inputs, POLE, COMPUTED_ON).lines().get(0);
        assertThat(line.eligibleCosts()).isEqualTo(eur("504109.59"));
        assertThat(line.privateContributions()).isEqualTo(eur("403287.67"));
        assertThat(line.capApplied()).isEqualTo(eur("201643.84"));
        assertThat(line.granted()).isEqualTo(eur("100821.92"));
        assertThat(line.leftToCluster()).isEqualTo(eur("403287.67"));
    }

    @Test
    void other_schemes_ignore_private_contributions() {
        FundingInputs animator = FundingInputs.animator(DOSSIER, AgrementPeriod.consecutive(d("2025-01-01"), 1, 3),
                YearlyAmounts.yearly(eur("200000")));
        FundingSchedule without = calculator.compute(animator, DefaultPolicy.version(SchemeCode.CLUSTER_ANIMATOR), COMPUTED_ON);
        FundingSchedule with = calculator.compute(animator.withPrivateContributions(YearlyAmounts.yearly(eur("999999"))),
                DefaultPolicy.version(SchemeCode.CLUSTER_ANIMATOR), COMPUTED_ON);
        assertThat(Lines.rows(with)).isEqualTo(Lines.rows(without));
        assertThat(with.lines()).allMatch(line -> line.privateContributions().isZero());
    }
}
