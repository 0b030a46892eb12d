package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.DOSSIER;
import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static be.wallonie.clusters.funding.domain.schedule.Lines.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Versions govern periods, never the past (domain.md §5): the version in force on the first day of an agrément period
 * keeps pricing that period; a new version prices the periods that start on or after its effective date, or — when it
 * says so — the days of running periods from a stated day on.
 */
class SchemeVersionChangeTest {

    private static final AnimatorParameters CAP_170K = new AnimatorParameters(eur("170000"),
            List.of(new BigDecimal("1.00"), new BigDecimal("0.75"), new BigDecimal("0.50")), 3, 9);
    private static final SchemeVersion V2026 = new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, "2026-1", d("2026-01-01"), CAP_170K);
    /** An agrément from 1 April 2025, renewed twice, 200 000 € of eligible costs a year. */
    private static final FundingInputs INPUTS = FundingInputs.animator(DOSSIER,
            AgrementPeriod.consecutive(d("2025-04-01"), 3, 3), YearlyAmounts.yearly(eur("200000")));

    private final FundingCalculator calculator = new FundingCalculator();

    @Test
    void a_2026_version_leaves_2025_and_the_running_period_as_they_were() {
        PolicyBook before = DefaultPolicy.book();
        FundingSchedule computedIn2025 = calculator.compute(INPUTS, before, d("2025-06-01"));
        // a cost declaration in 2026 triggers a recomputation after the 2026 version was published
        FundingSchedule computedIn2026 = calculator.compute(INPUTS, before.with(V2026), d("2026-02-01"));

        // 2025: 160 000 × 275/365 = 120 547.95, under defaults-1, before and after
        assertThat(computedIn2025.grantedIn(2025)).isEqualTo(eur("120547.95"));
        assertThat(computedIn2026.grantedIn(2025)).isEqualTo(eur("120547.95"));
        assertThat(computedIn2026.linesOf(2025).get(0).schemeVersion()).isEqualTo(DefaultPolicy.LABEL);
        // period 1 (2025-04-01..2028-03-31) started under defaults-1: every one of its lines is unchanged
        List<ScheduleLine> period1Before = computedIn2025.lines().stream().filter(l -> l.period() == 1).toList();
        List<ScheduleLine> period1After = computedIn2026.lines().stream().filter(l -> l.period() == 1).toList();
        assertThat(period1After).isEqualTo(period1Before);
        assertThat(period1After).allMatch(l -> l.schemeVersion().equals(DefaultPolicy.LABEL));
        assertThat(computedIn2026.schemeVersion()).isEqualTo(DefaultPolicy.LABEL);

        // periods 2 and 3 start on 1 April 2028 and 2031, after 1 January 2026: the new version prices them
        // period 2, agrément year 4 (2028-04-01..2029-03-31, 365 days): cap 170 000 × 0.75 = 127 500 split by days
        //   2028 part 275 days: 127 500 × 275/365 = 96 061.64; 2029 part: 127 500 − 96 061.64 = 31 438.36
        assertThat(computedIn2026.linesOf(2028).get(1).granted()).isEqualTo(eur("96061.64"));
        assertThat(computedIn2026.linesOf(2028).get(1).schemeVersion()).isEqualTo("2026-1");
        assertThat(computedIn2026.linesOf(2029).get(0).granted()).isEqualTo(eur("31438.36"));
        // three capped years per period: 3 × 160 000 + 3 × 127 500 + 3 × 85 000
        assertThat(computedIn2025.totalGranted()).isEqualTo(eur("1080000.00"));
        assertThat(computedIn2026.totalGranted()).isEqualTo(eur("1117500.00"));
    }

    @Test
    void a_version_for_running_periods_applies_only_to_the_days_from_its_date() {
        // 2026-1 says it also applies to running periods from 1 January 2027
        SchemeVersion running = new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, "2026-1", d("2026-01-01"), CAP_170K, d("2027-01-01"));
        FundingSchedule before = calculator.compute(INPUTS, DefaultPolicy.book(), d("2025-06-01"));
        FundingSchedule after = calculator.compute(INPUTS, DefaultPolicy.book().with(running), d("2026-02-01"));

        // every line before 2027 is unchanged, and still says defaults-1
        List<ScheduleLine> earlyBefore = before.lines().stream().filter(l -> l.to().isBefore(d("2027-01-01"))).toList();
        List<ScheduleLine> earlyAfter = after.lines().stream().filter(l -> l.to().isBefore(d("2027-01-01"))).toList();
        assertThat(earlyAfter).isEqualTo(earlyBefore).hasSize(3);
        // agrément year 2 (2026-04-01..2027-03-31, 365 days) is priced by both versions, each for its own days:
        //   2026-04-01..2026-12-31: 160 000 × 275/365 = 120 547.945… → 120 547.95 (defaults-1)
        //   2027-01-01..2027-03-31: 170 000 × 90/365 = 41 917.808…; cumulated 162 465.753… → 162 465.75 − 120 547.95 = 41 917.80
        ScheduleLine q1of2027 = after.linesOf(2027).get(0);
        assertThat(q1of2027.from()).isEqualTo(d("2027-01-01"));
        assertThat(q1of2027.schemeVersion()).isEqualTo("2026-1");
        assertThat(q1of2027.capApplied()).isEqualTo(eur("41917.80"));
        assertThat(q1of2027.granted()).isEqualTo(eur("41917.80"));
        assertThat(q1of2027.explanation().fr()).contains("Version de la politique : 2026-1");
    }

    @Test
    void a_version_governs_nothing_that_started_before_it_and_must_be_of_the_scheme() {
        // alone in a book, 2026-1 cannot price a period that started in 2025
        assertThatThrownBy(() -> calculator.compute(INPUTS, V2026, d("2026-02-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-04-01");
        assertThatThrownBy(() -> calculator.compute(INPUTS, DefaultPolicy.version(SchemeCode.TECHNOLOGY_GRAPE), d("2025-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TECHNOLOGY_GRAPE");
        assertThatThrownBy(() -> new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, "x", d("2026-01-01"), CAP_170K, d("2025-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its effective date");
    }
}
