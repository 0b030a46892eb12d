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
     * 200 000 € eligible costs a year (never declared, so pro rata of the default by days of the calendar year). The
     * cap applies per agrément year (1 April – 31 March): yearly cap × rate, split into the two budget years by the
     * days of that agrément year (365, or 366 when it holds a 29 February); the two caps are rounded cumulatively so
     * that they add up to the agrément year's cap to the cent. By hand:
     *
     * <pre>
     * agr. year (days)            line            days     eligible      cap = 160 000 × rate × d/days of agr. year   granted
     * 1 2025-04..2026-03 (365)    2025-04..12   275/365   150 684.93    × 1    × 275/365 = 120 547.945 → 120 547.95  120 547.95
     *                             2026-01..03    90/365    49 315.07    160 000 − 120 547.95            =  39 452.05   39 452.05
     * 2 2026-04..2027-03 (365)    as year 1                                                                     160 000.00
     * 3 2027-04..2028-03 (366)    2027-04..12   275/365   150 684.93    × 1    × 275/366 = 120 218.579 → 120 218.58  120 218.58
     *                             2028-01..03    91/366    49 726.78    160 000 − 120 218.58            =  39 781.42   39 781.42
     * 4 2028-04..2029-03 (365)    2028-04..12   275/366   150 273.22    × 0.75 × 275/365 =  90 410.959 →  90 410.96   90 410.96
     *                             2029-01..03    90/365    49 315.07    120 000 − 90 410.96             =  29 589.04   29 589.04
     * 5, 6                        as year 4                                                                     120 000.00 each
     * 7 2031-04..2032-03 (366)    2031-04..12   275/365   150 684.93    × 0.50 × 275/366 =  60 109.290 →  60 109.29   60 109.29
     *                             2032-01..03    91/366    49 726.78    80 000 − 60 109.29              =  19 890.71   19 890.71
     * 8 2032-04..2033-03 (365)    2032-04..12   275/366   150 273.22    × 0.50 × 275/365 =  60 273.973 →  60 273.97   60 273.97
     *                             2033-01..03    90/365    49 315.07    80 000 − 60 273.97              =  19 726.03   19 726.03
     * 9                           as year 8 (eligible 150 684.93 in 2033)                                        80 000.00
     * 10–12                       rate 0 (beyond the 9 co-funded years)                                               0.00
     * totals: eligible 2 400 000.00; granted 3 × 160 000 + 3 × 120 000 + 3 × 80 000 = 1 080 000.00; left 1 320 000.00
     * </pre>
     *
     * "160 000 €/an pour 3 ans" (001) never pays more than 480 000 € for a 3-year period, leap years included (before
     * issue #11 the cap was pro-rated by calendar year and period 1 got 480 329.37 €).
     */
    @Test
    void nine_funded_years_then_self_financing_in_full() {
        FundingSchedule schedule = compute(fromApril2025(4, "200000"));

        assertRows(schedule,
                row(2025, 1, 1, "2025-04-01", "2025-12-31", 275, 365, "150684.93", "1.00", "120547.95", "120547.95", "30136.98"),
                row(2026, 1, 1, "2026-01-01", "2026-03-31", 90, 365, "49315.07", "1.00", "39452.05", "39452.05", "9863.02"),
                row(2026, 1, 2, "2026-04-01", "2026-12-31", 275, 365, "150684.93", "1.00", "120547.95", "120547.95", "30136.98"),
                row(2027, 1, 2, "2027-01-01", "2027-03-31", 90, 365, "49315.07", "1.00", "39452.05", "39452.05", "9863.02"),
                row(2027, 1, 3, "2027-04-01", "2027-12-31", 275, 365, "150684.93", "1.00", "120218.58", "120218.58", "30466.35"),
                row(2028, 1, 3, "2028-01-01", "2028-03-31", 91, 366, "49726.78", "1.00", "39781.42", "39781.42", "9945.36"),
                row(2028, 2, 4, "2028-04-01", "2028-12-31", 275, 366, "150273.22", "0.75", "90410.96", "90410.96", "59862.26"),
                row(2029, 2, 4, "2029-01-01", "2029-03-31", 90, 365, "49315.07", "0.75", "29589.04", "29589.04", "19726.03"),
                row(2029, 2, 5, "2029-04-01", "2029-12-31", 275, 365, "150684.93", "0.75", "90410.96", "90410.96", "60273.97"),
                row(2030, 2, 5, "2030-01-01", "2030-03-31", 90, 365, "49315.07", "0.75", "29589.04", "29589.04", "19726.03"),
                row(2030, 2, 6, "2030-04-01", "2030-12-31", 275, 365, "150684.93", "0.75", "90410.96", "90410.96", "60273.97"),
                row(2031, 2, 6, "2031-01-01", "2031-03-31", 90, 365, "49315.07", "0.75", "29589.04", "29589.04", "19726.03"),
                row(2031, 3, 7, "2031-04-01", "2031-12-31", 275, 365, "150684.93", "0.50", "60109.29", "60109.29", "90575.64"),
                row(2032, 3, 7, "2032-01-01", "2032-03-31", 91, 366, "49726.78", "0.50", "19890.71", "19890.71", "29836.07"),
                row(2032, 3, 8, "2032-04-01", "2032-12-31", 275, 366, "150273.22", "0.50", "60273.97", "60273.97", "89999.25"),
                row(2033, 3, 8, "2033-01-01", "2033-03-31", 90, 365, "49315.07", "0.50", "19726.03", "19726.03", "29589.04"),
                row(2033, 3, 9, "2033-04-01", "2033-12-31", 275, 365, "150684.93", "0.50", "60273.97", "60273.97", "90410.96"),
                row(2034, 3, 9, "2034-01-01", "2034-03-31", 90, 365, "49315.07", "0.50", "19726.03", "19726.03", "29589.04"),
                row(2034, 4, 10, "2034-04-01", "2034-12-31", 275, 365, "150684.93", "0", "0.00", "0.00", "150684.93"),
                row(2035, 4, 10, "2035-01-01", "2035-03-31", 90, 365, "49315.07", "0", "0.00", "0.00", "49315.07"),
                row(2035, 4, 11, "2035-04-01", "2035-12-31", 275, 365, "150684.93", "0", "0.00", "0.00", "150684.93"),
                row(2036, 4, 11, "2036-01-01", "2036-03-31", 91, 366, "49726.78", "0", "0.00", "0.00", "49726.78"),
                row(2036, 4, 12, "2036-04-01", "2036-12-31", 275, 366, "150273.22", "0", "0.00", "0.00", "150273.22"),
                row(2037, 4, 12, "2037-01-01", "2037-03-31", 90, 365, "49315.07", "0", "0.00", "0.00", "49315.07"));

        assertThat(schedule.totalEligible()).isEqualTo(eur("2400000.00"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("1080000.00"));
        assertThat(schedule.totalLeftToCluster()).isEqualTo(eur("1320000.00"));
        assertThat(schedule.grantedIn(2028)).isEqualTo(eur("130192.38")); // 39 781.42 + 90 410.96
        assertThat(schedule.schemeVersion()).isEqualTo(DefaultPolicy.LABEL);
        assertThat(schedule.computedOn()).isEqualTo(COMPUTED_ON);
        assertThat(schedule.inputsFingerprint()).isEqualTo(schedule.inputs().fingerprint()).hasSize(64);
        assertThat(schedule.lines().stream().filter(ScheduleLine::selfFinanced)).hasSize(6)
                .allMatch(line -> line.agrementYear() >= 10 && line.granted().isZero());
    }

    @Test
    void a_three_year_period_pays_480_000_whatever_the_leap_years_and_the_start_day() {
        // every start day of 2024–2028 (each 3-year period holds one or two 29 February): capped every agrément year
        for (LocalDate start = d("2024-01-01"); start.isBefore(d("2029-01-01")); start = start.plusDays(1)) {
            FundingSchedule schedule = compute(FundingInputs.animator(DOSSIER, List.of(AgrementPeriod.ofYears(1, start, 3)),
                    YearlyAmounts.yearly(eur("200000"))));
            assertThat(schedule.totalGranted()).as("from " + start).isEqualTo(eur("480000.00"));
        }
    }

    @Test
    void explains_each_line_in_french_and_english() {
        List<ScheduleLine> lines = compute(fromApril2025(4, "200000")).lines();
        assertThat(lines.get(0).explanation().fr()).isEqualTo("2025, période d'agrément 1 (année 1), du 01/04/2025 au 31/12/2025"
                + " (275/365 jours) : coûts éligibles 150 684,93 € (montant annuel 200 000,00 € au prorata) × 100 % = 150 684,93 €"
                + " ; plafond 160 000,00 € × 100 % × 275/365 jours de l'année d'agrément 1 (01/04/2025 – 31/03/2026) = 120 547,95 €"
                + " ; plafond atteint : octroi 120 547,95 €, à charge du cluster 30 136,98 €. Version de la politique : defaults-1.");
        assertThat(lines.get(0).explanation().en()).isEqualTo("2025, agrément period 1 (year 1), 2025-04-01 to 2025-12-31"
                + " (275/365 days): eligible costs €150,684.93 (yearly amount €200,000.00 pro rata) × 100% = €150,684.93"
                + "; cap €160,000.00 × 100% × 275/365 days of agrément year 1 (2025-04-01 – 2026-03-31) = €120,547.95; cap reached:"
                + " granted €120,547.95, left to the cluster €30,136.98. Policy version: defaults-1.");
        assertThat(lines.get(18).explanation().fr()).contains("autofinancement (au-delà des 9 années cofinancées)",
                "octroi 0,00 €");
        assertThat(lines.get(18).explanation().in("en-GB")).contains("self-financing (beyond the 9 co-funded years)");
    }

    @Test
    void costs_below_the_cap_are_granted_at_the_period_rate() {
        // 100 000 €/year: 2025 eligible 100 000 × 275/365 = 75 342.47 < cap 120 547.95 → 75 342.47
        // 2028 period 2: 100 000 × 275/366 = 75 136.61; × 0.75 = 56 352.46 < cap 120 000 × 275/365 = 90 410.96
        // 2029: 100 000 × 0.75 = 75 000 < 120 000; 2032: 100 000 × 0.50 = 50 000 < 80 000
        FundingSchedule schedule = compute(fromApril2025(3, "100000"));
        assertThat(rowOf(schedule.linesOf(2025).get(0))).isEqualTo(
                row(2025, 1, 1, "2025-04-01", "2025-12-31", 275, 365, "75342.47", "1", "120547.95", "75342.47", "0.00"));
        assertThat(rowOf(schedule.linesOf(2028).get(1))).isEqualTo(
                row(2028, 2, 4, "2028-04-01", "2028-12-31", 275, 366, "75136.61", "0.75", "90410.96", "56352.46", "18784.15"));
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
        // 2033: 1 Jan – 31 Mar (eligible 1 000 000 × 90/365 = 246 575.34, granted 19 726.03) + 1 Apr – 31 Dec
        assertThat(schedule.linesOf(2033).get(0).leftToCluster()).isEqualTo(eur("226849.31"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("1080000.00"));
    }

    @Test
    void a_leap_year_weighs_its_days_at_1_366_in_costs_and_in_the_agrement_year_that_holds_it() {
        // from 1 March 2028: agrément year 1 is 2028-03-01..2029-02-28, 365 days (no 29 February in it);
        //   2028 line: 306 days of a 366-day calendar year → eligible 200 000 × 306/366 = 167 213.11;
        //   cap 160 000 × 306/365 = 134 136.986… → 134 136.99
        // from 1 March 2027: agrément year 1 is 2027-03-01..2028-02-29, 366 days;
        //   2027 line: 306/365 → eligible 167 671.23; cap 160 000 × 306/366 = 133 770.491… → 133 770.49
        FundingSchedule leap = compute(FundingInputs.animator(DOSSIER, List.of(AgrementPeriod.ofYears(1, d("2028-03-01"), 3)),
                YearlyAmounts.yearly(eur("200000"))));
        FundingSchedule common = compute(FundingInputs.animator(DOSSIER, List.of(AgrementPeriod.ofYears(1, d("2027-03-01"), 3)),
                YearlyAmounts.yearly(eur("200000"))));
        assertThat(rowOf(leap.lines().get(0))).isEqualTo(
                row(2028, 1, 1, "2028-03-01", "2028-12-31", 306, 366, "167213.11", "1", "134136.99", "134136.99", "33076.12"));
        assertThat(rowOf(common.lines().get(0))).isEqualTo(
                row(2027, 1, 1, "2027-03-01", "2027-12-31", 306, 365, "167671.23", "1", "133770.49", "133770.49", "33900.74"));
        // 1 March 2028 + 3 years ends on 28 February 2031; 1 March 2027 + 3 years on 29 February 2030... which does not
        // exist: 28 February 2030
        assertThat(leap.lines().get(leap.lines().size() - 1).to()).isEqualTo(d("2031-02-28"));
        assertThat(common.lines().get(common.lines().size() - 1).to()).isEqualTo(d("2030-02-28"));
        // and both pay 480 000.00 over their three agrément years
        assertThat(leap.totalGranted()).isEqualTo(eur("480000.00"));
        assertThat(common.totalGranted()).isEqualTo(eur("480000.00"));
        // a full leap year that is a whole agrément year is the full cap, in one line
        FundingSchedule whole2028 = compute(FundingInputs.animator(DOSSIER, List.of(AgrementPeriod.ofYears(1, d("2028-01-01"), 3)),
                YearlyAmounts.yearly(eur("200000"))));
        assertThat(whole2028.grantedIn(2028)).isEqualTo(eur("160000.00"));
        assertThat(whole2028.lines()).hasSize(3);
    }

    @Test
    void expiry_no_line_after_the_last_period() {
        FundingSchedule schedule = compute(fromApril2025(1, "200000"));
        assertThat(schedule.lines()).hasSize(6);
        assertThat(schedule.lines().get(5).to()).isEqualTo(d("2028-03-31"));
        assertThat(schedule.budgetYears()).containsExactly(2025, 2026, 2027, 2028);
        // three capped agrément years: 3 × 160 000, not the 480 329.37 € of a cap pro-rated by calendar year
        assertThat(schedule.totalGranted()).isEqualTo(eur("480000.00"));
    }

    @Test
    void a_late_renewal_leaves_a_gap_and_keeps_its_period_rate() {
        // period 1 ends 31 Dec 2027; the renewal only starts on 1 July 2028: nothing in between
        List<AgrementPeriod> periods = List.of(new AgrementPeriod(1, d("2025-01-01"), d("2027-12-31")),
                new AgrementPeriod(2, d("2028-07-01"), d("2031-06-30")));
        FundingSchedule schedule = compute(FundingInputs.animator(DOSSIER, periods, YearlyAmounts.yearly(eur("200000"))));
        // 2028: 1 July – 31 Dec = 184 of 366 days: eligible 200 000 × 184/366 = 100 546.45, × 0.75 = 75 409.84;
        // agrément year 4 runs 2028-07-01..2029-06-30 (365 days): cap 120 000 × 184/365 = 60 493.150… → 60 493.15
        assertThat(schedule.linesOf(2028)).extracting(Lines::rowOf).containsExactly(
                row(2028, 2, 4, "2028-07-01", "2028-12-31", 184, 366, "100546.45", "0.75", "60493.15", "60493.15", "40053.30"));
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
        // period 2 share 120 000 − 29 836.07 = 90 163.93; × 0.75 = 67 622.9475 → 67 622.95
        //   (≤ cap 120 000 × 275/365 of agrément year 4 = 90 410.96)
        FundingSchedule schedule = compute(fromApril2025(2, "200000").declareCosts(2028, eur("120000")));
        assertThat(schedule.linesOf(2028)).extracting(Lines::rowOf).containsExactly(
                row(2028, 1, 3, "2028-01-01", "2028-03-31", 91, 366, "29836.07", "1", "39781.42", "29836.07", "0.00"),
                row(2028, 2, 4, "2028-04-01", "2028-12-31", 275, 366, "90163.93", "0.75", "90410.96", "67622.95", "22540.98"));
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
