package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of a schedule: the part of one budget (calendar) year that falls in one agrément period. Amounts are
 * rounded half-up to the cent once, when the line is finalised.
 *
 * @param budgetYear           the calendar year
 * @param period               the agrément period (1, 2, 3…; for other schemes the support window's number)
 * @param agrementYear         the agrément year in which the line starts, counted in 12-month steps from the start
 *                             of period 1 (periods of the animateur scheme count {@code periodLength} years each)
 * @param from                 first day covered
 * @param to                   last day covered (same calendar year)
 * @param daysCovered          {@code to − from + 1}
 * @param daysInYear           365, or 366 in a leap year
 * @param eligibleCosts        eligible costs of the line (for a pole: its declared budget)
 * @param rate                 share of eligible costs the Region pays (0 when self-financed; 1 for a pole)
 * @param capApplied           the ceiling of the grant for this line, pro rata temporis
 * @param privateContributions private contributions of the line (poles; zero otherwise)
 * @param granted              the Region's amount: never above {@code eligibleCosts} nor {@code capApplied}
 * @param leftToCluster        {@code eligibleCosts − granted}: what the cluster finances itself
 * @param explanation          how the amount was reached, in French and English
 * @param schemeVersion        label of the scheme version that priced the line (the one governing its period)
 * @param correction           null, or how this line differs from the same line of the schedule's previous version
 */
public record ScheduleLine(int budgetYear, int period, int agrementYear, LocalDate from, LocalDate to, int daysCovered,
        int daysInYear, Money eligibleCosts, BigDecimal rate, Money capApplied, Money privateContributions, Money granted,
        Money leftToCluster, Explanation explanation, String schemeVersion, Correction correction) {

    /**
     * A line whose amount changed since the previous version of its schedule (a late cost declaration, a correction,
     * an agrément cut short): what it granted before, the difference and why.
     *
     * @param previousGranted the line's amount in the previous version
     * @param difference      {@code granted − previousGranted}
     * @param reason          why the schedule was recomputed
     */
    public record Correction(Money previousGranted, Money difference, String reason) {

        public Correction {
            Objects.requireNonNull(previousGranted, "previous granted");
            Objects.requireNonNull(difference, "difference");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public ScheduleLine {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(eligibleCosts, "eligible costs");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(capApplied, "cap applied");
        Objects.requireNonNull(privateContributions, "private contributions");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(leftToCluster, "left to cluster");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(schemeVersion, "scheme version");
        if (to.isBefore(from) || from.getYear() != budgetYear || to.getYear() != budgetYear) {
            throw new IllegalArgumentException("a line covers days of its own budget year " + budgetYear + ": " + from + ".." + to);
        }
        if (daysCovered != ChronoUnit.DAYS.between(from, to) + 1) {
            throw new IllegalArgumentException("days covered " + daysCovered + " do not match " + from + ".." + to);
        }
        if (daysInYear != Year.of(budgetYear).length()) {
            throw new IllegalArgumentException(budgetYear + " has " + Year.of(budgetYear).length() + " days, not " + daysInYear);
        }
        if (granted.isNegative() || !leftToCluster.equals(eligibleCosts.minus(granted))) {
            throw new IllegalArgumentException("granted " + granted + " and left to cluster " + leftToCluster
                    + " must split eligible costs " + eligibleCosts);
        }
    }

    /**
     * The key that identifies "the same line" in two versions of a schedule: its budget year, period, agrément year
     * and first day (a line cut short keeps its key).
     */
    public String key() {
        return budgetYear + "/" + period + "/" + agrementYear + "/" + from;
    }

    /** This line marked with how it differs from {@code previous} (the same key), or unmarked when it does not. */
    public ScheduleLine comparedWith(ScheduleLine previous, String reason) {
        Correction marked = previous == null || previous.granted.equals(granted) ? null
                : new Correction(previous.granted, granted.minus(previous.granted), reason);
        return new ScheduleLine(budgetYear, period, agrementYear, from, to, daysCovered, daysInYear, eligibleCosts, rate,
                capApplied, privateContributions, granted, leftToCluster, explanation, schemeVersion, marked);
    }

    /** This line without its correction mark. */
    public ScheduleLine withoutCorrection() {
        return correction == null ? this : new ScheduleLine(budgetYear, period, agrementYear, from, to, daysCovered, daysInYear,
                eligibleCosts, rate, capApplied, privateContributions, granted, leftToCluster, explanation, schemeVersion, null);
    }

    /** Whether the Region pays nothing on this line because the cluster must finance itself (rate 0). */
    public boolean selfFinanced() {
        return rate.signum() == 0;
    }
}
