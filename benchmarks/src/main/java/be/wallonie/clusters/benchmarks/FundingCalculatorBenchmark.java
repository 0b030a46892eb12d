package be.wallonie.clusters.benchmarks;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.schedule.AgrementPeriod;
import be.wallonie.clusters.funding.domain.schedule.FundingCalculator;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.schedule.YearlyAmounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** architecture.md: the funding calculator recomputes 10 000 nine-year schedules in under 1 s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class FundingCalculatorBenchmark {

    private final List<FundingInputs> inputs = new ArrayList<>();
    private final FundingCalculator calculator = new FundingCalculator();
    private final PolicyBook book = DefaultPolicy.book();
    private final LocalDate today = LocalDate.of(2026, 11, 22);

    @Setup
    public void prepare() {
        Random random = new Random(2026);
        for (int i = 0; i < 10_000; i++) {
            LocalDate start = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
            YearlyAmounts costs = YearlyAmounts.yearly(Money.euros(120_000 + random.nextInt(100_000)));
            inputs.add(FundingInputs.animator(new UUID(1, i), AgrementPeriod.consecutive(start, 3, 3), costs));
        }
    }

    /** One operation = 10 000 nine-year schedules. */
    @Benchmark
    public void recompute10000NineYearSchedules(Blackhole sink) {
        for (FundingInputs in : inputs) {
            FundingSchedule schedule = calculator.compute(in, book, today);
            sink.consume(schedule);
        }
    }
}
