package be.wallonie.clusters.funding.domain.payment;

import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of a schedule a payment is made against: its agrément period, agrément (or support) year and budget year.
 * A line keeps this key across the schedule's versions; a line cut in two by a scheme version that reaches into running
 * periods is still one line to pay (its parts share the key).
 *
 * @param period       the agrément period (1, 2, 3…)
 * @param agrementYear the agrément (or support) year (1, 2, 3…)
 * @param budgetYear   the budget (calendar) year
 */
public record LineKey(int period, int agrementYear, int budgetYear) implements Comparable<LineKey> {

    /** {@code "{period}/{agrementYear}/{budgetYear}"}, e.g. {@code "1/2/2027"}, as in the PaymentRecorded contract. */
    public static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,3})/([1-9][0-9]{0,3})/([0-9]{4})");
    public static final int FIRST_BUDGET_YEAR = 1990;
    public static final int LAST_BUDGET_YEAR = 2200;

    public LineKey {
        if (period < 1 || agrementYear < 1 || budgetYear < FIRST_BUDGET_YEAR || budgetYear > LAST_BUDGET_YEAR) {
            throw new IllegalArgumentException("not a schedule line: " + period + "/" + agrementYear + "/" + budgetYear);
        }
    }

    public static LineKey of(ScheduleLine line) {
        return new LineKey(line.period(), line.agrementYear(), line.budgetYear());
    }

    /** The key written {@code "1/2/2027"}, if it is one. */
    public static Optional<LineKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (year < FIRST_BUDGET_YEAR || year > LAST_BUDGET_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new LineKey(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year));
    }

    @Override
    public int compareTo(LineKey o) {
        int c = Integer.compare(budgetYear, o.budgetYear);
        if (c == 0) {
            c = Integer.compare(period, o.period);
        }
        return c != 0 ? c : Integer.compare(agrementYear, o.agrementYear);
    }

    @Override
    public String toString() {
        return period + "/" + agrementYear + "/" + budgetYear;
    }
}
