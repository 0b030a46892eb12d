package be.wallonie.clusters.funding.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.PoleParameters;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-style checks over thousands of random inputs and random scheme versions, with fixed seeds so that a
 * failure is reproducible (the message names the seed and case).
 */
class FundingPropertiesTest {

    private static final int CASES = 1_000;
    private static final Money TOLERANCE_PER_LINE = Money.euros("0.01");

    private final FundingCalculator calculator = new FundingCalculator();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20250401L})
    void schedules_respect_caps_costs_totals_and_determinism(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            int caseNo = i;
            Case c = randomCase(random);
            Supplier<String> where = () -> "seed " + seed + ", case " + caseNo + ": " + c;
            FundingSchedule schedule = calculator.compute(c.inputs(), c.version(), c.computedOn());

            // granted ≤ eligible × rate (so, for every day of the line, the day's grant ≤ the day's eligible cost × the
            // rate that applies), granted ≤ cap applied, left = eligible − granted, nothing negative; a cent of rounding
            // per line: an agrément year's lines are rounded cumulatively so that they add up to its cap
            for (ScheduleLine line : schedule.lines()) {
                check(!line.granted().isNegative(), where, "granted is negative", line);
                Money atRate = Money.rounded(line.eligibleCosts().amount().multiply(line.rate()));
                check(!line.granted().isGreaterThan(atRate.plus(TOLERANCE_PER_LINE)), where, "granted > eligible × rate", line);
                check(!line.granted().isGreaterThan(line.capApplied().plus(TOLERANCE_PER_LINE)), where, "granted > cap applied", line);
                check(line.leftToCluster().equals(line.eligibleCosts().minus(line.granted())), where, "left ≠ eligible − granted", line);
                check(!line.leftToCluster().plus(TOLERANCE_PER_LINE).isNegative(), where, "left is negative", line);
                check(line.daysCovered() == ChronoUnit.DAYS.between(line.from(), line.to()) + 1, where, "days covered", line);
                check(line.daysInYear() == Year.of(line.budgetYear()).length(), where, "days in year", line);
                if (c.inputs().scheme() == SchemeCode.COMPETITIVENESS_POLE) {
                    Money net = line.eligibleCosts().minus(line.privateContributions()).max(Money.ZERO);
                    check(!line.privateContributions().isGreaterThan(line.eligibleCosts().plus(TOLERANCE_PER_LINE)), where,
                            "pole: private > budget", line);
                    // rounding each of budget and contributions may move the net by a cent
                    check(!line.granted().isGreaterThan(net.plus(TOLERANCE_PER_LINE)), where, "pole: granted > budget − private", line);
                }
            }
            if (caseNo % 50 == 0) { // rendering texts is the slow part: sample it
                for (ScheduleLine line : schedule.lines()) {
                    check(!line.explanation().fr().isBlank() && !line.explanation().en().isBlank(), where, "explanation", line);
                }
            }

            // the sum of the lines is the schedule's total
            check(sum(schedule.lines(), "granted").equals(schedule.totalGranted()), where, "total granted", schedule);
            check(sum(schedule.lines(), "eligible").equals(schedule.totalEligible()), where, "total eligible", schedule);
            check(sum(schedule.lines(), "left").equals(schedule.totalLeftToCluster()), where, "total left", schedule);
            check(schedule.totalGranted().plus(schedule.totalLeftToCluster()).equals(schedule.totalEligible()), where,
                    "granted + left = eligible", schedule);

            // per agrément (or support) year, never more than the yearly cap × the highest rate, to the cent, whatever the
            // leap years; a whole agrément year whose lines are all capped pays exactly its cap
            Money yearlyCeiling = Money.rounded(c.version().parameters().yearlyCap().amount().multiply(maxCapFactor(c.version())));
            Map<String, List<ScheduleLine>> byAgrementYear = new TreeMap<>();
            schedule.lines().forEach(l -> byAgrementYear.computeIfAbsent(l.period() + "/" + l.agrementYear(), k -> new ArrayList<>()).add(l));
            for (Map.Entry<String, List<ScheduleLine>> year : byAgrementYear.entrySet()) {
                Money granted = sum(year.getValue(), "granted");
                check(!granted.isGreaterThan(yearlyCeiling), where, "agrément-year ceiling in " + year.getKey(), year.getValue());
                check(sum(year.getValue(), "cap").compareTo(yearlyCeiling) <= 0, where, "caps of " + year.getKey(), year.getValue());
            }

            // lines are in order, do not overlap, lie inside the periods, and stop at expiry or at the time limit
            LocalDate previousEnd = null;
            for (ScheduleLine line : schedule.lines()) {
                check(previousEnd == null || line.from().isAfter(previousEnd), where, "lines overlap", line);
                previousEnd = line.to();
                AgrementPeriod period = c.inputs().periods().get(line.period() - 1);
                check(period.contains(line.from()) && period.contains(line.to()), where, "line outside its period", line);
            }
            long coveredDays = schedule.lines().stream().mapToLong(ScheduleLine::daysCovered).sum();
            check(coveredDays == expectedCoveredDays(c), where, "days covered by the schedule", coveredDays);

            // declared costs are kept exactly across the lines of their year
            for (Map.Entry<Integer, Money> declared : c.inputs().eligibleCosts().declared().entrySet()) {
                List<ScheduleLine> ofYear = schedule.linesOf(declared.getKey());
                check(ofYear.isEmpty() || sum(ofYear, "eligible").equals(declared.getValue()), where,
                        "declared costs of " + declared.getKey(), ofYear);
            }

            // recomputing the same inputs changes nothing, with any calculator instance
            assertThat(new FundingCalculator().compute(c.inputs(), c.version(), c.computedOn())).as(where).isEqualTo(schedule);
            // equal inputs built another way give the same schedule
            FundingInputs copy = new FundingInputs(c.inputs().dossierId(), c.inputs().scheme(), new ArrayList<>(c.inputs().periods()),
                    new YearlyAmounts(c.inputs().eligibleCosts().defaultYearly(), new TreeMap<>(new HashMap<>(
                            c.inputs().eligibleCosts().declared()))), c.inputs().privateContributions(),
                    new ArrayList<>(c.inputs().projects()), c.inputs().cut());
            assertThat(calculator.compute(copy, c.version(), c.computedOn())).as(where).isEqualTo(schedule);
            // equality also holds on the rendered explanations
            check(copy.equals(c.inputs()), where, "copied inputs", copy);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 2026L})
    void a_later_version_never_reprices_a_period_that_started_before_it(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES / 2; i++) {
            Case c = randomCase(random);
            PolicyBook book = PolicyBook.of(c.version());
            FundingSchedule before = calculator.compute(c.inputs(), book, c.computedOn());

            LocalDate later = c.inputs().firstStart().plusDays(1 + random.nextInt(3000));
            // half the time the version also applies to running periods, from a day on or after its effective date
            LocalDate running = random.nextBoolean() ? null : later.plusDays(random.nextInt(1000));
            SchemeParameters nextParameters = randomParameters(random, c.version().scheme());
            if (c.version().parameters() instanceof AnimatorParameters current
                    && nextParameters instanceof AnimatorParameters drawn) {
                // the agrément length is part of what the inputs were validated against: keep it
                nextParameters = new AnimatorParameters(drawn.yearlyCap(), drawn.periodRates(), current.periodLengthYears(),
                        drawn.maxFundedYears());
            }
            if (c.version().parameters() instanceof TimeLimitedParameters current && nextParameters instanceof TimeLimitedParameters drawn) {
                // the support's time limit runs from its start, under the version that governs the start: keep it
                nextParameters = new TimeLimitedParameters(drawn.rate(), drawn.yearlyCap(), current.maxMonths());
            }
            SchemeVersion next = new SchemeVersion(c.version().scheme(), "next", later, nextParameters, running);
            FundingSchedule after = calculator.compute(c.inputs(), book.with(next), later);
            String where = "seed " + seed + ", case " + i + ": " + c + " / " + next;

            // every line of a period that started before the new version, and (if the version applies to running periods)
            // that ends before the day it applies from, is still there exactly as it was — the past is never re-priced
            java.util.Set<ScheduleLine> now = new java.util.HashSet<>(after.lines());
            for (ScheduleLine line : before.lines()) {
                AgrementPeriod period = c.inputs().periods().get(line.period() - 1);
                if (period.start().isBefore(later) && (running == null || line.to().isBefore(running))) {
                    assertThat(now).as(where + " — " + line).contains(line);
                }
            }
            // and the new version prices exactly the days it governs
            for (ScheduleLine line : after.lines()) {
                AgrementPeriod period = c.inputs().periods().get(line.period() - 1);
                boolean governed = !period.start().isBefore(later) || running != null && !line.from().isBefore(running);
                assertThat(line.schemeVersion()).as(where + " — " + line).isEqualTo(governed ? "next" : c.version().label());
            }
        }
    }

    // ------------------------------------------------------------------ generators

    record Case(FundingInputs inputs, SchemeVersion version, LocalDate computedOn) {
    }

    private static Case randomCase(Random random) {
        SchemeCode scheme = SchemeCode.values()[random.nextInt(SchemeCode.values().length)];
        SchemeParameters parameters = randomParameters(random, scheme);
        LocalDate effectiveFrom = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 40));
        SchemeVersion version = new SchemeVersion(scheme, "v" + random.nextInt(1000), effectiveFrom, parameters);
        LocalDate computedOn = effectiveFrom.plusDays(random.nextInt(3000));

        int maxYears = parameters instanceof AnimatorParameters animator ? animator.periodLengthYears() : 4;
        List<AgrementPeriod> periods = new ArrayList<>();
        // the version governs the periods: the first starts while it is in force
        LocalDate start = effectiveFrom.plusDays(random.nextInt(365 * 10));
        int count = 1 + random.nextInt(5);
        for (int number = 1; number <= count; number++) {
            LocalDate longest = AgrementTerm.lastDayOfMonths(start, 12L * maxYears);
            long maxDays = ChronoUnit.DAYS.between(start, longest);
            LocalDate end = random.nextInt(3) == 0 ? longest : start.plusDays((long) (random.nextDouble() * maxDays));
            periods.add(new AgrementPeriod(number, start, end));
            start = end.plusDays(1 + (random.nextInt(3) == 0 ? random.nextInt(500) : 0));
        }
        int firstYear = periods.get(0).start().getYear();
        int lastYear = periods.get(periods.size() - 1).end().getYear();
        YearlyAmounts costs = randomAmounts(random, firstYear, lastYear, 400_000);
        UUID dossier = new UUID(random.nextLong(), random.nextLong());
        if (scheme == SchemeCode.COMPETITIVENESS_POLE) {
            List<PoleProject> projects = new ArrayList<>();
            int n = random.nextInt(6);
            LocalDate first = periods.get(0).start().minusDays(200);
            for (int k = 0; k < n; k++) {
                LocalDate from = first.plusDays(random.nextInt(365 * 8));
                Money budget = randomMoney(random, 2_000_000);
                Money contributions = Money.ofCents((long) (random.nextDouble() * budget.cents()));
                projects.add(new PoleProject(new UUID(0, k + 1), PoleProject.Kind.values()[random.nextInt(3)], "p" + k, from.getYear(),
                        from, from.plusDays(random.nextInt(1100)), budget, contributions));
            }
            return new Case(FundingInputs.pole(dossier, periods, projects), version, computedOn);
        }
        return new Case(new FundingInputs(dossier, scheme, periods, costs, YearlyAmounts.none()), version, computedOn);
    }

    private static SchemeParameters randomParameters(Random random, SchemeCode scheme) {
        return switch (scheme) {
            case CLUSTER_ANIMATOR -> {
                List<BigDecimal> rates = new ArrayList<>();
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    rates.add(BigDecimal.valueOf(random.nextInt(101), 2));
                }
                yield new AnimatorParameters(randomMoney(random, 300_000), rates, 1 + random.nextInt(4), random.nextInt(13));
            }
            case CLUSTER_PREPARATION, TECHNOLOGY_GRAPE -> new TimeLimitedParameters(BigDecimal.valueOf(random.nextInt(101), 2),
                    randomMoney(random, 100_000), 1 + random.nextInt(36));
            case COMPETITIVENESS_POLE -> new PoleParameters(randomMoney(random, 800_000));
        };
    }

    private static YearlyAmounts randomAmounts(Random random, int firstYear, int lastYear, long maxEuros) {
        YearlyAmounts amounts = YearlyAmounts.yearly(randomMoney(random, maxEuros));
        for (int year = firstYear - 1; year <= lastYear + 1; year++) {
            if (random.nextInt(4) == 0) {
                amounts = amounts.declare(year, randomMoney(random, maxEuros));
            }
        }
        return amounts;
    }

    private static Money randomMoney(Random random, long maxEuros) {
        return random.nextInt(20) == 0 ? Money.ZERO : Money.ofCents((long) (random.nextDouble() * maxEuros * 100));
    }

    private static BigDecimal maxCapFactor(SchemeVersion version) {
        if (version.parameters() instanceof AnimatorParameters animator) {
            return animator.periodRates().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        }
        return BigDecimal.ONE;
    }

    private static long expectedCoveredDays(Case c) {
        List<AgrementPeriod> periods = c.inputs().periods();
        if (c.version().parameters() instanceof TimeLimitedParameters limited) {
            LocalDate limit = AgrementTerm.lastDayOfMonths(periods.get(0).start(), limited.maxMonths());
            long days = 0;
            for (AgrementPeriod period : periods) {
                if (!period.start().isAfter(limit)) {
                    LocalDate end = period.end().isAfter(limit) ? limit : period.end();
                    days += ChronoUnit.DAYS.between(period.start(), end) + 1;
                }
            }
            return days;
        }
        return periods.stream().mapToLong(AgrementPeriod::days).sum();
    }

    private static void check(boolean holds, Supplier<String> where, String property, Object subject) {
        if (!holds) {
            fail(property + " — " + subject + " — " + where.get());
        }
    }

    private static Money sum(List<ScheduleLine> lines, String which) {
        Money total = Money.ZERO;
        for (ScheduleLine line : lines) {
            total = total.plus(switch (which) {
                case "granted" -> line.granted();
                case "eligible" -> line.eligibleCosts();
                case "cap" -> line.capApplied();
                default -> line.leftToCluster();
            });
        }
        return total;
    }
}
