package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.DOSSIER;
import static be.wallonie.clusters.funding.domain.schedule.Lines.assertRows;
import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static be.wallonie.clusters.funding.domain.schedule.Lines.eur;
import static be.wallonie.clusters.funding.domain.schedule.Lines.row;
import static be.wallonie.clusters.funding.domain.schedule.Lines.rowOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CLUSTER_ANIMATOR with the default policy: 160 000 €/year, 100 % / 75 % / 50 % over three 3-year periods. */
class AnimatorScheduleTest {

    private static final SchemeVersion DEFAULT = DefaultPolicy.version(SchemeCode.CLUSTER_ANIMATOR);
    private static final LocalDate COMPUTED_ON = LocalDate.of(2025, 3, 15);
    private final FundingCalculator calculator = new FundingCalculator();

    private FundingSchedule compute(FundingInputs inputs) {
        return calculator.compute(inputs, DEFAULT, COMPUTED_ON);
    }

    private static FundingInputs fromApril2025(int periods, String yearlyCost) {
        return FundingInputs.animator(DOSSIER, AgrementPeriod.consecutive(d("2025-04-01"), periods, 3),
                YearlyAmounts.yearly(eur(yearlyCost)));
    }

    @Test
    void the_issue_example_gives_120_547_95_for_2025() {
        // eligible 200 000 × 275/365 = 150 684.93; × 100 % = 150 684.93
        // cap 160 000 × 100 % × 275/365 = 120 547.945… → 120 547.95 < 150 684.93 → granted 120 547.95
        ScheduleLine first = compute(fromApril2025(1, "200000")).lines().get(0);
        assertThat(first.budgetYear()).isEqualTo(2025);
        assertThat(first.daysCovered()).isEqualTo(275);
        assertThat(first.daysInYear()).isEqualTo(365);
        assertThat(first.eligibleCosts()).isEqualTo(eur("150684.93"));
        assertThat(first.capApplied()).isEqualTo(eur("120547.95"));
        assertThat(first.granted()).isEqualTo(eur("120547.95"));
        assertThat(first.leftToCluster()).isEqualTo(eur("30136.98"));
    }

    /**
     * Agrément from 1 April 2025, renewed twice (periods 2 and 3), then a fourth period the cluster finances itself;
     * 200 000 € eligible costs a year (never declared, so pro rata of the default). By hand:
     *
     * <pre>
     * year period  days      eligible = 200 000 × d/y     cap = 160 000 × rate × d/y        granted     left
     * 2025  1     275/365   150 684.93                    160 000 × 1    × 275/365 = 120 547.95  120 547.95   30 136.98
     * 2026  1     365/365   200 000.00                    160 000                                160 000.00   40 000.00
     * 2027  1     365/365   200 000.00                    160 000                                160 000.00   40 000.00
     * 2028  1      91/366    49 726.78 (leap year)        160 000 × 1    ×  91/366 =  39 781.42   39 781.42    9 945.36
     * 2028  2     275/366   150 273.22                    160 000 × 0.75 × 275/366 =  90 163.93   90 163.93   60 109.29
     * 2029  2     365/365   200 000.00                    120 000                                120 000.00   80 000.00
     * 2030  2     365/365   200 000.00                    120 000                                120 000.00   80 000.00
     * 2031  2      90/365    49 315.07                    160 000 × 0.75 ×  90/365 =  29 589.04   29 589.04   19 726.03
     * 2031  3     275/365   150 684.93                    160 000 × 0.50 × 275/365 =  60 273.97   60 273.97   90 410.96
     * 2032  3     366/366   200 000.00 (leap year)         80 000                                 80 000.00  120 000.00
     * 2033  3     365/365   200 000.00                     80 000                                 80 000.00  120 000.00
     * 2034  3      90/365    49 315.07                    160 000 × 0.50 ×  90/365 =  19 726.03   19 726.03   29 589.04
     * 2034  4     275/365   150 684.93 year 10: 0 %                                         0.00        0.00  150 684.93
     * 2035  4     365/365   200 000.00                                                      0.00        0.00  200 000.00
     * 2036  4     366/366   200 000.00                                                      0.00        0.00  200 000.00
     * 2037  4      90/365    49 315.07                                                      0.00        0.00   49 315.07
     * totals                2 400 000.00                                                       1 080 082.34 1 319 917.66
     * </pre>
     *
     * The nine funded years give 1 080 082.34 €, not 9 × the nominal 120 000 €: pro rata is by calendar year, so
     * the leap year 2028 weighs its days at 1/366 (period 1: +329.37 €, period 2: −247.03 €).
     */
    @Test
    void nine_funded_years_then_self_financing_in_full() {
        FundingSchedule schedule = compute(fromApril2025(4, "200000"));

        assertRows(schedule,
                row(2025, 1, 1, "2025-04-01", "2025-12-31", 275, 365, "150684.93", "1.00", "120547.95", "120547.95", "30136.98"),
                row(2026, 1, 1, "2026-01-01", "2026-12-31", 365, 365, "200000.00", "1.00", "160000.00", "160000.00", "40000.00"),
                row(2027, 1, 2, "2027-01-01", "2027-12-31", 365, 365, "200000.00", "1.00", "160000.00", "160000.00", "40000.00"),
                row(2028, 1, 3, "2028-01-01", "2028-03-31", 91, 366, "49726.78", "1.00", "39781.42", "39781.42", "9945.36"),
                row(2028, 2, 4, "2028-04-01", "2028-12-31", 275, 366, "150273.22", "0.75", "90163.93", "90163.93", "60109.29"),
                row(2029, 2, 4, "2029-01-01", "2029-12-31", 365, 365, "200000.00", "0.75", "120000.00", "120000.00", "80000.00"),
                row(2030, 2, 5, "2030-01-01", "2030-12-31", 365, 365, "200000.00", "0.75", "120000.00", "120000.00", "80000.00"),
                row(2031, 2, 6, "2031-01-01", "2031-03-31", 90, 365, "49315.07", "0.75", "29589.04", "29589.04", "19726.03"),
                row(2031, 3, 7, "2031-04-01", "2031-12-31", 275, 365, "150684.93", "0.50", "60273.97", "60273.97", "90410.96"),
                row(2032, 3, 7, "2032-01-01", "2032-12-31", 366, 366, "200000.00", "0.50", "80000.00", "80000.00", "120000.00"),
                row(2033, 3, 8, "2033-01-01", "2033-12-31", 365, 365, "200000.00", "0.50", "80000.00", "80000.00", "120000.00"),
                row(2034, 3, 9, "2034-01-01", "2034-03-31", 90, 365, "49315.07", "0.50", "19726.03", "19726.03", "29589.04"),
                row(2034, 4, 10, "2034-04-01", "2034-12-31", 275, 365, "150684.93", "0", "0.00", "0.00", "150684.93"),
                row(2035, 4, 10, "2035-01-01", "2035-12-31", 365, 365, "200000.00", "0", "0.00", "0.00", "200000.00"),
                row(2036, 4, 11, "2036-01-01", "2036-12-31", 366, 366, "200000.00", "0", "0.00", "0.00", "200000.00"),
                row(2037, 4, 12, "2037-01-01", "2037-03-31", 90, 365, "49315.07", "0", "0.00", "0.00", "49315.07"));

        assertThat(schedule.totalEligible()).isEqualTo(eur("2400000.00"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("1080082.34"));
        assertThat(schedule.totalLeftToCluster()).isEqualTo(eur("1319917.66"));
        assertThat(schedule.grantedIn(2028)).isEqualTo(eur("129945.35")); // 39 781.42 + 90 163.93
        assertThat(schedule.schemeVersion()).isEqualTo(DefaultPolicy.LABEL);
        assertThat(schedule.computedOn()).isEqualTo(COMPUTED_ON);
        assertThat(schedule.inputsFingerprint()).isEqualTo(schedule.inputs().fingerprint()).hasSize(64);
        assertThat(schedule.lines().stream().filter(ScheduleLine::selfFinanced)).hasSize(4)
                .allMatch(line -> line.agrementYear() >= 10 && line.granted().isZero());
    }

    @Test
    void explains_each_line_in_french_and_english() {
        List<ScheduleLine> lines = compute(fromApril2025(4, "200000")).lines();
        assertThat(lines.get(0).explanation().fr()).isEqualTo("2025, période d'agrément 1 (année 1), du 01/04/2025 au 31/12/2025"
                + " (275/365 jours) : coûts éligibles 150 684,93 € (montant annuel 200 000,00 € au prorata) × 100 % = 150 684,93 €"
                + " ; plafond 160 000,00 € × 100 % × 275/365 = 120 547,95 € ; plafond atteint : octroi 120 547,95 €,"
                + " à charge du cluster 30 136,98 €.");
        assertThat(lines.get(0).explanation().en()).isEqualTo("2025, agrément period 1 (year 1), 2025-04-01 to 2025-12-31"
                + " (275/365 days): eligible costs €150,684.93 (yearly amount €200,000.00 pro rata) × 100% = €150,684.93"
                + "; cap €160,000.00 × 100% × 275/365 = €120,547.95; cap reached: granted €120,547.95,"
                + " left to the cluster €30,136.98.");
        assertThat(lines.get(12).explanation().fr()).contains("autofinancement (au-delà des 9 années cofinancées)",
                "octroi 0,00 €");
        assertThat(lines.get(12).explanation().in("en-GB")).contains("self-financing (beyond the 9 co-funded years)");
    }

    @Test
    void costs_below_the_cap_are_granted_at_the_period_rate() {
        // 100 000 €/year: 2025 eligible 100 000 × 275/365 = 75 342.47 < cap 120 547.95 → 75 342.47
        // 2028 period 2: 100 000 × 275/366 = 75 136.61; × 0.75 = 56 352.46 < cap 90 163.93
        // 2029: 100 000 × 0.75 = 75 000 < 120 000; 2032: 100 000 × 0.50 = 50 000 < 80 000
        FundingSchedule schedule = compute(fromApril2025(3, "100000"));
        assertThat(rowOf(schedule.linesOf(2025).get(0))).isEqualTo(
                row(2025, 1, 1, "2025-04-01", "2025-12-31", 275, 365, "75342.47", "1", "120547.95", "75342.47", "0.00"));
        assertThat(rowOf(schedule.linesOf(2028).get(1))).isEqualTo(
                row(2028, 2, 4, "2028-04-01", "2028-12-31", 275, 366, "75136.61", "0.75", "90163.93", "56352.46", "18784.15"));
        assertThat(schedule.grantedIn(2029)).isEqualTo(eur("75000.00"));
        assertThat(schedule.grantedIn(2032)).isEqualTo(eur("50000.00"));
        assertThat(schedule.linesOf(2025).get(0).explanation().en()).contains("below the cap");
    }

    @Test
    void costs_above_the_cap_are_capped_at_cap_times_rate() {
        FundingSchedule schedule = compute(fromApril2025(3, "1000000"));
        assertThat(schedule.grantedIn(2026)).isEqualTo(eur("160000.00"));
        assertThat(schedule.grantedIn(2029)).isEqualTo(eur("120000.00"));
        assertThat(schedule.grantedIn(2033)).isEqualTo(eur("80000.00"));
        assertThat(schedule.linesOf(2033).get(0).leftToCluster()).isEqualTo(eur("920000.00"));
    }

    @Test
    void a_leap_year_counts_366_days() {
        // from 1 March 2028: 306 of 366 days → 160 000 × 306/366 = 133 770.49
        // the same start in 2027: 306 of 365 days → 160 000 × 306/365 = 134 136.99
        FundingSchedule leap = compute(FundingInputs.animator(DOSSIER, List.of(AgrementPeriod.ofYears(1, d("2028-03-01"), 3)),
                YearlyAmounts.yearly(eur("200000"))));
        FundingSchedule common = compute(FundingInputs.animator(DOSSIER, List.of(AgrementPeriod.ofYears(1, d("2027-03-01"), 3)),
                YearlyAmounts.yearly(eur("200000"))));
        assertThat(leap.lines().get(0).daysInYear()).isEqualTo(366);
        assertThat(leap.lines().get(0).daysCovered()).isEqualTo(306);
        assertThat(leap.lines().get(0).granted()).isEqualTo(eur("133770.49"));
        assertThat(common.lines().get(0).granted()).isEqualTo(eur("134136.99"));
        // 1 March 2028 + 3 years ends on 28 February 2031; 1 March 2027 + 3 years on 29 February 2030
        assertThat(leap.lines().get(leap.lines().size() - 1).to()).isEqualTo(d("2031-02-28"));
        assertThat(common.lines().get(common.lines().size() - 1).to()).isEqualTo(d("2030-02-28"));
        // a full leap year is the full cap
        FundingSchedule whole2028 = compute(FundingInputs.animator(DOSSIER, List.of(AgrementPeriod.ofYears(1, d("2028-01-01"), 3)),
                YearlyAmounts.yearly(eur("200000"))));
        assertThat(whole2028.grantedIn(2028)).isEqualTo(eur("160000.00"));
        assertThat(whole2028.lines()).hasSize(3);
    }

    @Test
    void expiry_no_line_after_the_last_period() {
        FundingSchedule schedule = compute(fromApril2025(1, "200000"));
        assertThat(schedule.lines()).hasSize(4);
        assertThat(schedule.lines().get(3).to()).isEqualTo(d("2028-03-31"));
        assertThat(schedule.budgetYears()).containsExactly(2025, 2026, 2027, 2028);
        assertThat(schedule.totalGranted()).isEqualTo(eur("480329.37")); // 120 547.95 + 2 × 160 000 + 39 781.42
    }

    @Test
    void a_late_renewal_leaves_a_gap_and_keeps_its_period_rate() {
        // period 1 ends 31 Dec 2027; the renewal only starts on 1 July 2028: nothing in between
        List<AgrementPeriod> periods = List.of(new AgrementPeriod(1, d("2025-01-01"), d("2027-12-31")),
                new AgrementPeriod(2, d("2028-07-01"), d("2031-06-30")));
        FundingSchedule schedule = compute(FundingInputs.animator(DOSSIER, periods, YearlyAmounts.yearly(eur("200000"))));
        // 2028: 1 July – 31 Dec = 184 of 366 days; cap 120 000 × 184/366 = 60 327.87; agrément year 4
        assertThat(schedule.linesOf(2028)).extracting(Lines::rowOf).containsExactly(
                row(2028, 2, 4, "2028-07-01", "2028-12-31", 184, 366, "100546.45", "0.75", "60327.87", "60327.87", "40218.58"));
        assertThat(schedule.lines()).noneMatch(line -> line.from().isAfter(d("2027-12-31")) && line.from().isBefore(d("2028-07-01")));
    }

    @Test
    void costs_declared_late_change_only_their_year_on_recomputation() {
        FundingInputs before = fromApril2025(3, "200000");
        FundingSchedule first = calculator.compute(before, DEFAULT, d("2025-06-01"));

        // in February 2026 the cluster declares its real 2025 costs: 90 000 € for April–December
        FundingInputs after = before.declareCosts(2025, eur("90000"));
        FundingSchedule second = calculator.compute(after, DEFAULT, d("2026-02-15"));

        assertThat(rowOf(first.lines().get(0))).isEqualTo(
                row(2025, 1, 1, "2025-04-01", "2025-12-31", 275, 365, "150684.93", "1", "120547.95", "120547.95", "30136.98"));
        // declared for exactly that line: not pro-rated again; 90 000 × 100 % < cap 120 547.95
        assertThat(rowOf(second.lines().get(0))).isEqualTo(
                row(2025, 1, 1, "2025-04-01", "2025-12-31", 275, 365, "90000.00", "1", "120547.95", "90000.00", "0.00"));
        assertThat(second.lines().get(0).explanation().fr()).contains("déclarés pour 2025");
        assertThat(second.lines().subList(1, second.lines().size())).isEqualTo(first.lines().subList(1, first.lines().size()));
        assertThat(second.totalGranted()).isEqualTo(first.totalGranted().minus(eur("30547.95")));
        assertThat(second.inputsFingerprint()).isNotEqualTo(first.inputsFingerprint());
        // the first schedule is a value: recomputing did not touch it
        assertThat(first.lines().get(0).granted()).isEqualTo(eur("120547.95"));
    }

    @Test
    void a_declaration_for_a_year_with_two_lines_is_shared_by_days() {
        // 2028 holds 91 days of period 1 and 275 days of period 2; 120 000 € declared for 2028:
        // period 1 share 120 000 × 91/366 = 29 836.07 (≤ cap 39 781.42 → granted 29 836.07)
        // period 2 share 120 000 − 29 836.07 = 90 163.93; × 0.75 = 67 622.9475 → 67 622.95 (≤ cap 90 163.93)
        FundingSchedule schedule = compute(fromApril2025(2, "200000").declareCosts(2028, eur("120000")));
        assertThat(schedule.linesOf(2028)).extracting(Lines::rowOf).containsExactly(
                row(2028, 1, 3, "2028-01-01", "2028-03-31", 91, 366, "29836.07", "1", "39781.42", "29836.07", "0.00"),
                row(2028, 2, 4, "2028-04-01", "2028-12-31", 275, 366, "90163.93", "0.75", "90163.93", "67622.95", "22540.98"));
        assertThat(schedule.linesOf(2028).get(0).eligibleCosts().plus(schedule.linesOf(2028).get(1).eligibleCosts()))
                .isEqualTo(eur("120000.00"));
    }

    @Test
    void zero_costs_give_zero() {
        FundingSchedule schedule = compute(fromApril2025(3, "0"));
        assertThat(schedule.totalGranted()).isEqualTo(Money.ZERO);
        assertThat(schedule.totalLeftToCluster()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_period_longer_than_the_agrement_is_refused() {
        FundingInputs tooLong = FundingInputs.animator(DOSSIER, List.of(new AgrementPeriod(1, d("2025-04-01"), d("2028-04-01"))),
                YearlyAmounts.yearly(eur("200000")));
        assertThatThrownBy(() -> compute(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 3 years").hasMessageContaining("2028-03-31");
    }

    @Test
    void funded_years_end_inside_a_period_when_the_policy_says_so() {
        // a version funding 8 years only: period 3 (years 7–9) is cut after its second year, on 1 April 2033
        SchemeVersion eightYears = new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, "8-years", DefaultPolicy.EFFECTIVE_FROM,
                new AnimatorParameters(eur("160000"), DefaultPolicy.animator().periodRates(), 3, 8));
        FundingSchedule schedule = calculator.compute(fromApril2025(3, "200000"), eightYears, COMPUTED_ON);
        // 2033: 1 Jan – 31 Mar at 50 % (90 days), 1 Apr – 31 Dec self-financed (275 days)
        assertThat(schedule.linesOf(2033)).extracting(Lines::rowOf).containsExactly(
                row(2033, 3, 8, "2033-01-01", "2033-03-31", 90, 365, "49315.07", "0.50", "19726.03", "19726.03", "29589.04"),
                row(2033, 3, 9, "2033-04-01", "2033-12-31", 275, 365, "150684.93", "0", "0.00", "0.00", "150684.93"));
        assertThat(schedule.linesOf(2034).get(0).granted()).isEqualTo(Money.ZERO);
        assertThat(schedule.linesOf(2034).get(0).explanation().fr()).contains("au-delà des 8 années cofinancées");
    }

    @Test
    void the_rates_follow_the_version_not_the_code() {
        SchemeVersion flatter = new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, "flat", DefaultPolicy.EFFECTIVE_FROM,
                new AnimatorParameters(eur("100000"), List.of(new BigDecimal("0.80"), new BigDecimal("0.80")), 3, 6));
        FundingSchedule schedule = calculator.compute(fromApril2025(3, "200000"), flatter, COMPUTED_ON);
        assertThat(schedule.grantedIn(2026)).isEqualTo(eur("80000.00"));
        assertThat(schedule.grantedIn(2029)).isEqualTo(eur("80000.00"));
        assertThat(schedule.grantedIn(2032)).isEqualTo(Money.ZERO);
    }
}
