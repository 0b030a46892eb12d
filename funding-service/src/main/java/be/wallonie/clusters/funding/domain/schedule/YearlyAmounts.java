package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Amounts per budget (calendar) year: eligible animateur costs, a pole's declared budget, or private
 * contributions.
 *
 * @param defaultYearly the amount for a full calendar year (e.g. the animateur post's yearly cost), used for a
 *                      year with no declaration and pro-rated by days covered / days in that year
 * @param declared      amounts declared for a budget year: what was actually incurred over the days of that year
 *                      covered by the schedule (not pro-rated again); when a year holds several lines (a renewal
 *                      starting mid-year) the declaration is shared between them in proportion to their days.
 *                      A declaration for a year the schedule does not cover is ignored.
 */
public record YearlyAmounts(Money defaultYearly, SortedMap<Integer, Money> declared) {

    public YearlyAmounts {
        requireNonNegative(defaultYearly, "default yearly amount");
        Objects.requireNonNull(declared, "declared amounts");
        TreeMap<Integer, Money> copy = new TreeMap<>();
        for (Map.Entry<Integer, Money> entry : declared.entrySet()) {
            int year = Objects.requireNonNull(entry.getKey(), "budget year");
            copy.put(year, requireNonNegative(entry.getValue(), "amount declared for " + year));
        }
        declared = Collections.unmodifiableSortedMap(copy);
    }

    /** Nothing, no declaration. */
    public static YearlyAmounts none() {
        return new YearlyAmounts(Money.ZERO, new TreeMap<>());
    }

    /** The same amount every full year, no declaration yet. */
    public static YearlyAmounts yearly(Money defaultYearly) {
        return new YearlyAmounts(defaultYearly, new TreeMap<>());
    }

    /** A default yearly amount and declarations per budget year, in any map. */
    public static YearlyAmounts of(Money defaultYearly, Map<Integer, Money> declared) {
        return new YearlyAmounts(defaultYearly, new TreeMap<>(Objects.requireNonNull(declared, "declared amounts")));
    }

    /** A copy with {@code amount} declared for {@code budgetYear} (replacing an earlier declaration). */
    public YearlyAmounts declare(int budgetYear, Money amount) {
        TreeMap<Integer, Money> copy = new TreeMap<>(declared);
        copy.put(budgetYear, amount);
        return new YearlyAmounts(defaultYearly, copy);
    }

    public Optional<Money> declaredFor(int budgetYear) {
        return Optional.ofNullable(declared.get(budgetYear));
    }

    String canonical() {
        StringBuilder out = new StringBuilder("default=").append(defaultYearly);
        declared.forEach((year, amount) -> out.append(';').append(year).append('=').append(amount));
        return out.toString();
    }

    private static Money requireNonNegative(Money amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
        return amount;
    }
}
