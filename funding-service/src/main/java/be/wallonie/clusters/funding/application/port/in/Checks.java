package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the violations of one command, so that every offending field is reported at once. */
final class Checks {

    /** No yearly amount of a Walloon scheme comes near a billion euros; larger inputs are typing errors. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000.00");
    /** Dates of the cluster policy (in place since 2000) and of any plausible simulation. */
    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private final List<FieldViolation> violations = new ArrayList<>();

    void add(String field, String fr, String en) {
        violations.add(new FieldViolation(field, fr, en));
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
    }

    boolean required(String field, Object value) {
        if (value == null) {
            add(field, "obligatoire", "required");
            return false;
        }
        return true;
    }

    void absent(String field, Object value, String frWhy, String enWhy) {
        if (value != null) {
            add(field, "sans objet : " + frWhy, "not applicable: " + enWhy);
        }
    }

    /** An amount in euros: not negative, at most two decimals, below {@link #MAX_AMOUNT}. */
    boolean amount(String field, BigDecimal value) {
        if (value == null) {
            return required(field, null);
        }
        if (value.signum() < 0) {
            add(field, "ne peut pas être négatif", "must not be negative");
            return false;
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            add(field, "au plus " + Money.rounded(MAX_AMOUNT).toFrench(), "at most " + Money.rounded(MAX_AMOUNT).toEnglish());
            return false;
        }
        if (value.stripTrailingZeros().scale() > Money.SCALE) {
            add(field, "au plus 2 décimales (des euros et des cents)", "at most 2 decimals (euros and cents)");
            return false;
        }
        return true;
    }

    /** A share between 0 and 1 with at most 4 decimals (a percentage to the hundredth). */
    boolean rate(String field, BigDecimal value) {
        if (value == null) {
            return required(field, null);
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            add(field, "taux entre 0 et 1 (0.75 pour 75 %)", "rate between 0 and 1 (0.75 for 75%)");
            return false;
        }
        if (value.stripTrailingZeros().scale() > 4) {
            add(field, "au plus 4 décimales (0.3333 pour 33,33 %)", "at most 4 decimals (0.3333 for 33.33%)");
            return false;
        }
        return true;
    }

    boolean wholeNumber(String field, Integer value, int min, int max) {
        if (value == null) {
            return required(field, null);
        }
        if (value < min || value > max) {
            add(field, "nombre entier de " + min + " à " + max + " attendu", "whole number from " + min + " to " + max + " expected");
            return false;
        }
        return true;
    }

    boolean date(String field, LocalDate value) {
        if (value == null) {
            return required(field, null);
        }
        if (value.isBefore(FIRST_DATE) || value.isAfter(LAST_DATE)) {
            add(field, "date entre le " + FIRST_DATE + " et le " + LAST_DATE + " attendue",
                    "date between " + FIRST_DATE + " and " + LAST_DATE + " expected");
            return false;
        }
        return true;
    }

    /** A default yearly amount (required unless {@code yearlyOptional}) and declarations for budget years. */
    boolean yearlyAmounts(String field, YearlyAmountsInput amounts, boolean yearlyOptional) {
        if (amounts == null) {
            return required(field, null);
        }
        boolean valid = amounts.yearly() == null && yearlyOptional || amount(field + ".yearly", amounts.yearly());
        if (amounts.declared() != null) {
            for (Map.Entry<Integer, BigDecimal> entry : new TreeMap<>(amounts.declared()).entrySet()) {
                String year = field + ".declared." + entry.getKey();
                if (entry.getKey() < FIRST_DATE.getYear() || entry.getKey() > LAST_DATE.getYear()) {
                    add(year, "année budgétaire de " + FIRST_DATE.getYear() + " à " + LAST_DATE.getYear() + " attendue",
                            "budget year from " + FIRST_DATE.getYear() + " to " + LAST_DATE.getYear() + " expected");
                    valid = false;
                }
                valid &= amount(year, entry.getValue());
            }
        }
        return valid;
    }
}
