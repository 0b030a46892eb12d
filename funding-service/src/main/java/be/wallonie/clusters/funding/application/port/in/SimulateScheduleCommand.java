package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.YearlyAmounts;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Simulate the co-funding schedule of a cluster, stored nowhere. The command checks itself and reports every
 * offending field at once (field names are those of the request); what depends on the scheme version in force
 * (how many agrément periods it co-funds) is checked when the version is known.
 *
 * @param scheme               the scheme's code, e.g. {@code CLUSTER_ANIMATOR}
 * @param startDate            first day of the agrément (animateur) or of the support
 * @param endDate              last day of the support asked for: not for the animateur scheme (its agrément periods
 *                             fix it); optional for a time-limited scheme (default: its time limit); required for a
 *                             competitiveness pole
 * @param agrementPeriods      animateur scheme only: the agrément and its renewals, back to back (default: every
 *                             period the version co-funds)
 * @param eligibleCosts        eligible animateur costs (every scheme but the poles)
 * @param declaredBudget       a pole's declared budget (poles only)
 * @param privateContributions a pole's private contributions (poles only; default none)
 * @param computedOn           the computation date, which selects the scheme version (default: today)
 */
public record SimulateScheduleCommand(String scheme, LocalDate startDate, LocalDate endDate, Integer agrementPeriods,
        YearlyAmountsInput eligibleCosts, YearlyAmountsInput declaredBudget, YearlyAmountsInput privateContributions,
        LocalDate computedOn) {

    /** A simulated support window lasts at most this many years (a pole's labelling, a requested end). */
    public static final int MAX_WINDOW_YEARS = 30;
    /** Hard bound on agrément periods, whatever the version; the version in force usually allows fewer (3). */
    static final int MAX_PERIODS = 10;

    public SimulateScheduleCommand {
        Checks checks = new Checks();
        SchemeCode code = null;
        if (checks.required("scheme", scheme)) {
            code = parse(scheme);
            if (code == null) {
                String allowed = Arrays.toString(SchemeCode.values());
                checks.add("scheme", "régime inconnu ; valeurs permises : " + allowed, "unknown scheme; allowed values: " + allowed);
            }
        }
        boolean startValid = checks.date("startDate", startDate);
        if (computedOn != null) {
            checks.date("computedOn", computedOn);
        }
        if (code == null) {
            // the scheme is unknown: still report what is wrong in the figures, whatever the scheme
            if (agrementPeriods != null) {
                checks.wholeNumber("agrementPeriods", agrementPeriods, 1, MAX_PERIODS);
            }
            ifPresent(checks, "eligibleCosts", eligibleCosts);
            ifPresent(checks, "declaredBudget", declaredBudget);
            ifPresent(checks, "privateContributions", privateContributions);
        } else {
            String fr = "régime " + code.name();
            String en = "scheme " + code.name();
            switch (code) {
                case CLUSTER_ANIMATOR -> {
                    if (agrementPeriods != null) {
                        checks.wholeNumber("agrementPeriods", agrementPeriods, 1, MAX_PERIODS);
                    }
                    checks.absent("endDate", endDate, "le " + fr + " finance des périodes d'agrément (agrementPeriods)",
                            en + " funds agrément periods (agrementPeriods)");
                }
                case CLUSTER_PREPARATION, TECHNOLOGY_GRAPE -> {
                    checks.absent("agrementPeriods", agrementPeriods, "seul CLUSTER_ANIMATOR a des périodes d'agrément",
                            "only CLUSTER_ANIMATOR has agrément periods");
                    if (endDate != null && startValid) {
                        window(checks, startDate, endDate);
                    }
                }
                case COMPETITIVENESS_POLE -> {
                    checks.absent("agrementPeriods", agrementPeriods, "seul CLUSTER_ANIMATOR a des périodes d'agrément",
                            "only CLUSTER_ANIMATOR has agrément periods");
                    if (checks.required("endDate", endDate) && startValid) {
                        window(checks, startDate, endDate);
                    }
                }
                default -> throw new IllegalStateException("unknown scheme " + code);
            }
            if (code == SchemeCode.COMPETITIVENESS_POLE) {
                checks.absent("eligibleCosts", eligibleCosts, "un pôle déclare son budget (declaredBudget)",
                        "a pole declares its budget (declaredBudget)");
                checks.yearlyAmounts("declaredBudget", declaredBudget, false);
                if (privateContributions != null) {
                    checks.yearlyAmounts("privateContributions", privateContributions, true);
                }
            } else {
                checks.yearlyAmounts("eligibleCosts", eligibleCosts, false);
                checks.absent("declaredBudget", declaredBudget, "seul un pôle de compétitivité déclare un budget",
                        "only a competitiveness pole declares a budget");
                checks.absent("privateContributions", privateContributions,
                        "seul un pôle de compétitivité compte des contributions privées",
                        "only a competitiveness pole counts private contributions");
            }
        }
        checks.throwIfAny();
        eligibleCosts = normalised(eligibleCosts);
        declaredBudget = normalised(declaredBudget);
        privateContributions = normalised(privateContributions);
    }

    private static void ifPresent(Checks checks, String field, YearlyAmountsInput amounts) {
        if (amounts != null) {
            checks.yearlyAmounts(field, amounts, true);
        }
    }

    private static void window(Checks checks, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            checks.add("endDate", "ne peut pas précéder la date de début (" + start + ")", "must not be before the start date (" + start + ")");
        } else if (!end.isBefore(start.plusYears(MAX_WINDOW_YEARS))) {
            checks.add("endDate", "une simulation couvre au plus " + MAX_WINDOW_YEARS + " ans",
                    "a simulation covers at most " + MAX_WINDOW_YEARS + " years");
        }
    }

    private static SchemeCode parse(String scheme) {
        try {
            return SchemeCode.valueOf(scheme.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static YearlyAmountsInput normalised(YearlyAmountsInput amounts) {
        if (amounts == null) {
            return null;
        }
        return new YearlyAmountsInput(amounts.yearly(),
                amounts.declared() == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(amounts.declared())));
    }

    /** The scheme (the command is valid, so it is known). */
    public SchemeCode schemeCode() {
        return parse(scheme);
    }

    /** The agrément periods asked for (animateur scheme), if any. */
    public OptionalInt requestedPeriods() {
        return agrementPeriods == null ? OptionalInt.empty() : OptionalInt.of(agrementPeriods);
    }

    public Optional<LocalDate> requestedEnd() {
        return Optional.ofNullable(endDate);
    }

    public Optional<LocalDate> requestedComputationDate() {
        return Optional.ofNullable(computedOn);
    }

    /** Eligible costs, or a pole's declared budget, as the calculator reads them. */
    public YearlyAmounts costs() {
        return toDomain(schemeCode() == SchemeCode.COMPETITIVENESS_POLE ? declaredBudget : eligibleCosts);
    }

    /** A pole's private contributions (none for the other schemes). */
    public YearlyAmounts contributions() {
        return privateContributions == null ? YearlyAmounts.none() : toDomain(privateContributions);
    }

    private static YearlyAmounts toDomain(YearlyAmountsInput amounts) {
        Map<Integer, Money> declared = new TreeMap<>();
        amounts.declared().forEach((year, amount) -> declared.put(year, new Money(amount)));
        return YearlyAmounts.of(amounts.yearly() == null ? Money.ZERO : new Money(amounts.yearly()), declared);
    }
}
