package be.wallonie.clusters.funding.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.AgrementTerm;
import be.wallonie.clusters.funding.domain.schedule.FundingCalculator;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One day is never funded twice (domain.md §5): a preparation support stops at the latest the day before the agrément
 * starts, and a support cannot start once the agrément has started.
 */
class NoDayFundedTwiceTest {

    private static final UUID DOSSIER = UUID.fromString("0b7e4f1a-3c2d-4e5f-8a9b-1c2d3e4f5a6b");
    private static final Beneficiary EMPLOYER = new Beneficiary(UUID.fromString("7d1e2f3a-4b5c-4d6e-9f0a-1b2c3d4e5f6a"),
            "0202.239.951", "Employeur de l'animateur");
    private static final PolicyBook BOOK = DefaultPolicy.book();
    private final FundingCalculator calculator = new FundingCalculator();

    private static FundingFile file(LocalDate supportStart, LocalDate supportEnd, Money postCost, LocalDate agrementStart) {
        FundingFile file = FundingFile.open(DOSSIER).preparationSupportGranted("Cluster", new FundingFile.PreparationSupport(
                UUID.randomUUID(), supportStart, supportEnd, postCost), EMPLOYER);
        return file.agrementGranted("Cluster", SchemeCode.CLUSTER_ANIMATOR, new FundedPeriod(UUID.randomUUID(), 1, agrementStart,
                AgrementTerm.lastDay(agrementStart, 3), false), EMPLOYER, postCost, Money.ZERO);
    }

    private List<FundingSchedule> schedules(FundingFile file) {
        return file.scheduleInputs().stream().map(inputs -> calculator.compute(inputs, BOOK, LocalDate.of(2026, 9, 1))).toList();
    }

    /**
     * The case: post at 100 000 €/year, preparation asked 2026-03-01..2027-02-28, agrément from 2026-09-01.
     * Before: the preparation also funded 2026-09-01..2027-02-28, 74 383.56 € on 49 589.04 € of costs over the overlap.
     * Now it stops on 2026-08-31: 184 days of its support year (2026-03-01..2027-02-28, 365 days):
     * eligible 100 000 × 184/365 = 50 410.958… → 50 410.96; × 50 % = 25 205.479…;
     * cap 50 000 × 184/365 = 25 205.479… → granted 25 205.48 (equal to the cap), left 25 205.48.
     */
    @Test
    void the_preparation_stops_the_day_before_the_agrement_starts_and_says_why() {
        List<FundingSchedule> both = schedules(file(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), Money.euros(100_000),
                LocalDate.of(2026, 9, 1)));
        FundingSchedule preparation = both.get(0);
        assertThat(preparation.scheme()).isEqualTo(SchemeCode.CLUSTER_PREPARATION);
        assertThat(preparation.lines()).hasSize(1);
        ScheduleLine line = preparation.lines().get(0);
        assertThat(line.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(line.to()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(line.daysCovered()).isEqualTo(184);
        assertThat(line.eligibleCosts()).isEqualTo(Money.euros("50410.96"));
        assertThat(line.granted()).isEqualTo(Money.euros("25205.48"));
        assertThat(line.leftToCluster()).isEqualTo(Money.euros("25205.48"));
        assertThat(line.explanation().fr()).contains("Aide arrêtée le 31/08/2026, veille du début de l'agrément (01/09/2026)");
        assertThat(line.explanation().en()).contains("the day before the agrément starts (2026-09-01): no day is funded twice");
        assertThat(both.get(1).lines().get(0).from()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void a_support_cannot_start_once_the_agrement_has_started() {
        FundingFile granted = FundingFile.open(DOSSIER).agrementGranted("Cluster", SchemeCode.CLUSTER_ANIMATOR,
                new FundedPeriod(UUID.randomUUID(), 1, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), false), EMPLOYER,
                Money.euros(100_000), Money.ZERO);
        assertThatThrownBy(() -> granted.preparationSupportGranted("Cluster", new FundingFile.PreparationSupport(UUID.randomUUID(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Money.euros(100_000)), EMPLOYER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never funded twice");
    }

    /**
     * Over random files (a support and an agrément in any relative position): no day is in two lines of the file, and
     * every line grants at most its eligible costs × the rate that applies (a cent of rounding) — so, for every day, the
     * sum granted across the file is at most the day's eligible cost × the highest rate.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 2026L})
    void no_day_is_in_two_lines_and_no_day_is_paid_above_its_cost(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            LocalDate supportStart = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365 * 6));
            LocalDate supportEnd = supportStart.plusDays(random.nextInt(500));
            LocalDate agrementStart = supportStart.plusDays(1 + random.nextInt(800));
            Money cost = Money.ofCents((long) (random.nextDouble() * 40_000_000));
            FundingFile file = file(supportStart, supportEnd, cost, agrementStart);
            List<ScheduleLine> all = new ArrayList<>();
            schedules(file).forEach(s -> all.addAll(s.lines()));
            String where = "seed " + seed + ", case " + i + ": support " + supportStart + ".." + supportEnd + ", agrément from "
                    + agrementStart + ", cost " + cost;
            for (int a = 0; a < all.size(); a++) {
                ScheduleLine x = all.get(a);
                Money atRate = Money.rounded(x.eligibleCosts().amount().multiply(x.rate()));
                assertThat(x.granted().compareTo(atRate.plus(Money.euros("0.01")))).as(where + " " + x).isLessThanOrEqualTo(0);
                assertThat(x.rate()).as(where).isLessThanOrEqualTo(BigDecimal.ONE);
                for (int b = a + 1; b < all.size(); b++) {
                    ScheduleLine y = all.get(b);
                    boolean overlap = !x.to().isBefore(y.from()) && !y.to().isBefore(x.from());
                    assertThat(overlap).as(where + ": " + x.from() + ".." + x.to() + " and " + y.from() + ".." + y.to()).isFalse();
                }
            }
            assertThat(all.stream().filter(l -> l.from().isBefore(agrementStart)).allMatch(l -> !l.to().isAfter(agrementStart.minusDays(1))))
                    .as(where).isTrue();
        }
    }
}
