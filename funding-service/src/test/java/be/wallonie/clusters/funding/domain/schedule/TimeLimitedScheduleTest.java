package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.DOSSIER;
import static be.wallonie.clusters.funding.domain.schedule.Lines.assertRows;
import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static be.wallonie.clusters.funding.domain.schedule.Lines.eur;
import static be.wallonie.clusters.funding.domain.schedule.Lines.row;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CLUSTER_PREPARATION (50 %, 50 000 €/year, 12 months) and TECHNOLOGY_GRAPE (25 000 €/year, 2 years). */
class TimeLimitedScheduleTest {

    private static final SchemeVersion PREPARATION = DefaultPolicy.version(SchemeCode.CLUSTER_PREPARATION);
    private static final SchemeVersion GRAPE = DefaultPolicy.version(SchemeCode.TECHNOLOGY_GRAPE);
    private static final LocalDate COMPUTED_ON = LocalDate.of(2025, 8, 20);
    private final FundingCalculator calculator = new FundingCalculator();

    /**
     * Preparation asked from 1 September 2025 to 31 December 2026, animateur at 120 000 €/year: the support stops
     * after 12 months, on 31 August 2026.
     *
     * <pre>
     * 2025  1 Sep – 31 Dec  122/365  eligible 120 000 × 122/365 = 40 109.59; × 50 % = 20 054.79
     *                                cap 50 000 × 122/365 = 16 712.33 → granted 16 712.33, left 23 397.26
     * 2026  1 Jan – 31 Aug  243/365  eligible 120 000 × 243/365 = 79 890.41; × 50 % = 39 945.21
     *                                cap 50 000 × 243/365 = 33 287.67 → granted 33 287.67, left 46 602.74
     * total granted 50 000.00
     * </pre>
     */
    @Test
    void preparation_is_capped_at_50_000_a_year_and_stops_after_12_months() {
        FundingSchedule schedule = calculator.compute(
                FundingInputs.preparation(DOSSIER, d("2025-09-01"), d("2026-12-31"), YearlyAmounts.yearly(eur("120000"))),
                PREPARATION, COMPUTED_ON);
        assertRows(schedule,
                row(2025, 1, 1, "2025-09-01", "2025-12-31", 122, 365, "40109.59", "0.50", "16712.33", "16712.33", "23397.26"),
                row(2026, 1, 1, "2026-01-01", "2026-08-31", 243, 365, "79890.41", "0.50", "33287.67", "33287.67", "46602.74"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("50000.00"));
        assertThat(schedule.lines().get(1).explanation().fr()).contains("Soutien limité à 12 mois : il s'arrête le 31/08/2026.");
        assertThat(schedule.lines().get(1).explanation().en()).contains("Support limited to 12 months: it stops on 2026-08-31.");
        assertThat(schedule.lines().get(0).explanation().fr()).doesNotContain("limité");
    }

    @Test
    void preparation_below_the_cap_pays_half_the_costs() {
        // 60 000 €/year: 2025 eligible 20 054.79, half of the exact 20 054.7945… = 10 027.397… → 10 027.40
        // 2026 eligible 60 000 × 243/365 = 39 945.21, half of 39 945.2054… = 19 972.60
        FundingSchedule schedule = calculator.compute(
                FundingInputs.preparation(DOSSIER, d("2025-09-01"), d("2026-08-31"), YearlyAmounts.yearly(eur("60000"))),
                PREPARATION, COMPUTED_ON);
        assertRows(schedule,
                row(2025, 1, 1, "2025-09-01", "2025-12-31", 122, 365, "20054.79", "0.50", "16712.33", "10027.40", "10027.39"),
                row(2026, 1, 1, "2026-01-01", "2026-08-31", 243, 365, "39945.21", "0.50", "33287.67", "19972.60", "19972.61"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("30000.00"));
    }

    @Test
    void a_shorter_preparation_ends_when_asked() {
        FundingSchedule schedule = calculator.compute(
                FundingInputs.preparation(DOSSIER, d("2025-01-01"), d("2025-06-30"), YearlyAmounts.yearly(eur("100000"))),
                PREPARATION, COMPUTED_ON);
        // 181/365: eligible 49 589.04, × 50 % = 24 794.52; cap 50 000 × 181/365 = 24 794.52: equal
        assertRows(schedule,
                row(2025, 1, 1, "2025-01-01", "2025-06-30", 181, 365, "49589.04", "0.50", "24794.52", "24794.52", "24794.52"));
    }

    /**
     * Grape from 1 July 2025, asked for 3 years: 2 years only ("25 000 €/an pendant 2 ans", 001), 25 000 € per support
     * year (1 July – 30 June, 365 days each), each split into its two budget years by days.
     *
     * <pre>
     * support year 1  2025-07..12  184/365  cap 25 000 × 184/365 = 12 602.739… → 12 602.74
     *                 2026-01..06  181/365  cap 25 000 − 12 602.74            = 12 397.26
     * support year 2  2026-07..12  184/365  12 602.74;  2027-01..06  181/365  12 397.26
     * total 50 000.00
     * </pre>
     */
    @Test
    void grape_gets_25_000_a_year_for_two_years() {
        FundingSchedule schedule = calculator.compute(
                FundingInputs.grape(DOSSIER, d("2025-07-01"), d("2028-06-30"), YearlyAmounts.yearly(eur("30000"))),
                GRAPE, COMPUTED_ON);
        assertRows(schedule,
                row(2025, 1, 1, "2025-07-01", "2025-12-31", 184, 365, "15123.29", "1", "12602.74", "12602.74", "2520.55"),
                row(2026, 1, 1, "2026-01-01", "2026-06-30", 181, 365, "14876.71", "1", "12397.26", "12397.26", "2479.45"),
                row(2026, 1, 2, "2026-07-01", "2026-12-31", 184, 365, "15123.29", "1", "12602.74", "12602.74", "2520.55"),
                row(2027, 1, 2, "2027-01-01", "2027-06-30", 181, 365, "14876.71", "1", "12397.26", "12397.26", "2479.45"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("50000.00"));
        assertThat(schedule.lines().get(3).explanation().fr()).contains("grappe technologique (année 2)", "limité à 24 mois");
    }

    /**
     * The grape from 1 March 2028 (30 000 € of eligible costs a year): 2 × 25 000 €, 50 000.00 € in all, where a
     * cap pro-rated by calendar year paid 49 942.74 €. Support year 1 is 2028-03-01..2029-02-28 (365 days):
     * 2028 part 306 days → 25 000 × 306/365 = 20 958.904… → 20 958.90; 2029 part 59 days → 25 000 − 20 958.90 = 4 041.10.
     */
    @Test
    void a_grape_from_1_march_2028_gets_50_000() {
        FundingSchedule schedule = calculator.compute(FundingInputs.grape(DOSSIER, d("2028-03-01"),
                AgrementTerm.lastDay(d("2028-03-01"), 3), YearlyAmounts.yearly(eur("30000"))), GRAPE, COMPUTED_ON);
        assertThat(schedule.lines()).extracting(ScheduleLine::granted).containsExactly(eur("20958.90"), eur("4041.10"),
                eur("20958.90"), eur("4041.10"));
        assertThat(schedule.lines().get(3).to()).isEqualTo(d("2030-02-28"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("50000.00"));
    }

    @Test
    void a_grape_gets_50_000_from_any_start_day() {
        for (LocalDate start = d("2024-01-01"); start.isBefore(d("2029-01-01")); start = start.plusDays(1)) {
            FundingSchedule schedule = calculator.compute(FundingInputs.grape(DOSSIER, start, AgrementTerm.lastDay(start, 3),
                    YearlyAmounts.yearly(eur("30000"))), GRAPE, COMPUTED_ON);
            assertThat(schedule.totalGranted()).as("from " + start).isEqualTo(eur("50000.00"));
        }
    }

    @Test
    void grape_never_pays_more_than_the_eligible_costs() {
        FundingSchedule schedule = calculator.compute(
                FundingInputs.grape(DOSSIER, d("2025-01-01"), d("2026-12-31"), YearlyAmounts.yearly(eur("20000")).declare(2026,
                        eur("4321.09"))),
                GRAPE, COMPUTED_ON);
        assertThat(schedule.grantedIn(2025)).isEqualTo(eur("20000.00"));
        assertThat(schedule.grantedIn(2026)).isEqualTo(eur("4321.09"));
        assertThat(schedule.totalLeftToCluster()).isEqualTo(eur("0.00"));
    }

    @Test
    void a_second_window_after_the_time_limit_gets_no_line() {
        List<AgrementPeriod> periods = List.of(new AgrementPeriod(1, d("2025-01-01"), d("2025-06-30")),
                new AgrementPeriod(2, d("2026-03-01"), d("2026-12-31")));
        FundingSchedule schedule = calculator.compute(new FundingInputs(DOSSIER, SchemeCode.CLUSTER_PREPARATION, periods,
                YearlyAmounts.yearly(eur("100000")), YearlyAmounts.none()), PREPARATION, COMPUTED_ON);
        assertThat(schedule.lines()).hasSize(1);
        assertThat(schedule.lines().get(0).to()).isEqualTo(d("2025-06-30"));
    }
}
