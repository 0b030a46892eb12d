package be.wallonie.clusters.funding.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test helpers: an expected line in one readable row, and common ids. */
final class Lines {

    static final UUID DOSSIER = UUID.fromString("6f1b3c52-9d2a-4c11-8e55-2f3a9b7c0d41");

    private Lines() {
    }

    /** The figures of a line as one comparable row (the explanation aside). */
    record Row(int budgetYear, int period, int agrementYear, LocalDate from, LocalDate to, int days, int daysInYear,
            String eligible, String rate, String cap, String granted, String left) {
    }

    static Row row(int budgetYear, int period, int agrementYear, String from, String to, int days, int daysInYear,
            String eligible, String rate, String cap, String granted, String left) {
        return new Row(budgetYear, period, agrementYear, LocalDate.parse(from), LocalDate.parse(to), days, daysInYear,
                Money.euros(eligible).toString(), new BigDecimal(rate).stripTrailingZeros().toPlainString(),
                Money.euros(cap).toString(), Money.euros(granted).toString(), Money.euros(left).toString());
    }

    static Row rowOf(ScheduleLine line) {
        return new Row(line.budgetYear(), line.period(), line.agrementYear(), line.from(), line.to(), line.daysCovered(),
                line.daysInYear(), line.eligibleCosts().toString(), line.rate().stripTrailingZeros().toPlainString(),
                line.capApplied().toString(), line.granted().toString(), line.leftToCluster().toString());
    }

    static void assertRows(FundingSchedule schedule, Row... expected) {
        assertThat(schedule.lines().stream().map(Lines::rowOf).toList()).containsExactly(expected);
    }

    static List<Row> rows(FundingSchedule schedule) {
        return schedule.lines().stream().map(Lines::rowOf).toList();
    }

    static Money eur(String amount) {
        return Money.euros(amount);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
