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

            // granted ≤ eligible, granted ≤ cap applied, left = eligible − granted ≥ 0, nothing negative
            for (ScheduleLine line : schedule.lines()) {
                check(!line.granted().isNegative(), where, "granted is negative", line);
                check(!line.granted().isGreaterThan(line.eligibleCosts()), where, "granted > eligible", line);
                check(!line.granted().isGreaterThan(line.capApplied()), where, "granted > cap applied", line);
                check(line.leftToCluster().equals(line.eligibleCosts().minus(line.granted())), where, "left ≠ eligible − granted", line);
                check(!line.leftToCluster().isNegative(), where, "left is negative", line);
                check(line.daysCovered() == ChronoUnit.DAYS.between(line.from(), line.to()) + 1, where, "days covered", line);
                check(line.daysInYear() == Year.of(line.budgetYear()).length(), where, "days in year", line);
                if (c.inputs().scheme() == SchemeCode.COMPETITIVENESS_POLE) {
                    Money net = line.eligibleCosts().minus(line.privateContributions()).max(Money.ZERO);
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

            // per budget year, never more than the yearly cap × the highest rate (a cent of rounding per line)
            Money yearlyCeiling = Money.rounded(c.version().parameters().yearlyCap().amount().multiply(maxCapFactor(c.version())));
            for (int year : schedule.budgetYears()) {
                Money slack = Money.ofCents(schedule.linesOf(year).size());
                check(!schedule.grantedIn(year).isGreaterThan(yearlyCeiling.plus(slack)), where, "yearly ceiling in " + year,
                        schedule.linesOf(year));
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
                            c.inputs().eligibleCosts().declared()))), c.inputs().privateContributions());
            assertThat(calculator.compute(copy, c.version(), c.computedOn())).as(where).isEqualTo(schedule);
            // equality also holds on the rendered explanations
            check(copy.equals(c.inputs()), where, "copied inputs", copy);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 2026L})
    void a_later_version_never_changes_an_earlier_computation(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES / 2; i++) {
            Case c = randomCase(random);
            PolicyBook book = PolicyBook.of(c.version());
            FundingSchedule before = calculator.compute(c.inputs(), book, c.computedOn());

            LocalDate later = c.computedOn().plusDays(1 + random.nextInt(2000));
            SchemeParameters nextParameters = randomParameters(random, c.version().scheme());
            if (c.version().parameters() instanceof AnimatorParameters current
                    && nextParameters instanceof AnimatorParameters drawn) {
                // the agrément length is part of what the inputs were validated against: keep it
                nextParameters = new AnimatorParameters(drawn.yearlyCap(), drawn.periodRates(), current.periodLengthYears(),
                        drawn.maxFundedYears());
            }
            SchemeVersion next = new SchemeVersion(c.version().scheme(), "next", later, nextParameters);
            PolicyBook extended = book.with(next);

            assertThat(calculator.compute(c.inputs(), extended, c.computedOn())).as("seed " + seed + ", case " + i).isEqualTo(before);
            assertThat(calculator.compute(c.inputs(), extended, later).schemeVersion()).isEqualTo("next");
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
        LocalDate start = LocalDate.of(1998, 1, 1).plusDays(random.nextInt(365 * 45));
        int count = 1 + random.nextInt(5);
        for (int number = 1; number <= count; number++) {
            LocalDate longest = Dates.lastDayOf(start, 12L * maxYears);
            long maxDays = ChronoUnit.DAYS.between(start, longest);
            LocalDate end = random.nextInt(3) == 0 ? longest : start.plusDays((long) (random.nextDouble() * maxDays));
            periods.add(new AgrementPeriod(number, start, end));
            start = end.plusDays(1 + (random.nextInt(3) == 0 ? random.nextInt(500) : 0));
        }
        int firstYear = periods.get(0).start().getYear();
        int lastYear = periods.get(periods.size() - 1).end().getYear();
        YearlyAmounts costs = randomAmounts(random, firstYear, lastYear, 400_000);
        YearlyAmounts contributions = scheme == SchemeCode.COMPETITIVENESS_POLE
                ? randomAmounts(random, firstYear, lastYear, 1_000_000) : YearlyAmounts.none();
        UUID dossier = new UUID(random.nextLong(), random.nextLong());
        return new Case(new FundingInputs(dossier, scheme, periods, costs, contributions), version, computedOn);
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
            LocalDate limit = Dates.lastDayOf(periods.get(0).start(), limited.maxMonths());
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
                default -> line.leftToCluster();
            });
        }
        return total;
    }
}
