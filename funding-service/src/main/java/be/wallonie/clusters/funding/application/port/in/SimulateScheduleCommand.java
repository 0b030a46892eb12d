package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.PoleProject;
import be.wallonie.clusters.funding.domain.schedule.YearlyAmounts;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
 * @param projects             a pole's projects (poles only, at least one): its funding is their public share
 * @param computedOn           the computation date, as recorded (default: today); the versions are those governing the
 *                             periods simulated (in force when each starts)
 */
public record SimulateScheduleCommand(String scheme, LocalDate startDate, LocalDate endDate, Integer agrementPeriods,
        YearlyAmountsInput eligibleCosts, List<PoleProjectInput> projects, LocalDate computedOn) {

    /** At most this many projects in one simulation. */
    static final int MAX_PROJECTS = 200;

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
            if (projects != null) {
                projects(checks, projects);
            }
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
                checks.absent("eligibleCosts", eligibleCosts, "un pôle est financé par ses projets approuvés (projects)",
                        "a pole is funded by its approved projects (projects)");
                if (checks.required("projects", projects)) {
                    if (projects.isEmpty()) {
                        checks.add("projects", "au moins un projet", "at least one project");
                    }
                    projects(checks, projects);
                }
            } else {
                checks.yearlyAmounts("eligibleCosts", eligibleCosts, false);
                checks.absent("projects", projects, "seul un pôle de compétitivité est financé par projets",
                        "only a competitiveness pole is funded by projects");
            }
        }
        checks.throwIfAny();
        eligibleCosts = normalised(eligibleCosts);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    private static void projects(Checks checks, List<PoleProjectInput> projects) {
        if (projects.size() > MAX_PROJECTS) {
            checks.add("projects", "au plus " + MAX_PROJECTS + " projets", "at most " + MAX_PROJECTS + " projects");
            return;
        }
        for (int i = 0; i < projects.size(); i++) {
            String at = "projects[" + i + "]";
            PoleProjectInput p = projects.get(i);
            if (p == null) {
                checks.add(at, "projet manquant", "missing project");
                continue;
            }
            if (checks.required(at + ".kind", p.kind()) && kind(p.kind()) == null) {
                String allowed = Arrays.toString(PoleProject.Kind.values());
                checks.add(at + ".kind", "type de projet inconnu ; valeurs permises : " + allowed,
                        "unknown project kind; allowed values: " + allowed);
            }
            if (p.title() != null && p.title().length() > 300) {
                checks.add(at + ".title", "au plus 300 caractères", "at most 300 characters");
            }
            boolean start = checks.required(at + ".startDate", p.startDate()) && checks.date(at + ".startDate", p.startDate());
            boolean end = checks.required(at + ".endDate", p.endDate()) && checks.date(at + ".endDate", p.endDate());
            if (start && end && p.endDate().isBefore(p.startDate())) {
                checks.add(at + ".endDate", "ne peut pas précéder la date de début (" + p.startDate() + ")",
                        "must not be before the start date (" + p.startDate() + ")");
            }
            boolean budget = checks.required(at + ".budget", p.budget()) && checks.amount(at + ".budget", p.budget());
            boolean contributions = p.privateContributions() == null
                    || checks.amount(at + ".privateContributions", p.privateContributions());
            if (budget && contributions && p.privateContributions() != null && p.privateContributions().compareTo(p.budget()) > 0) {
                checks.add(at + ".privateContributions", "ne peut pas dépasser le budget du projet (" + p.budget().toPlainString() + ")",
                        "must not exceed the project's budget (" + p.budget().toPlainString() + ")");
            }
        }
    }

    private static PoleProject.Kind kind(String kind) {
        try {
            return PoleProject.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
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

    /** Eligible costs as the calculator reads them (none for a pole). */
    public YearlyAmounts costs() {
        return eligibleCosts == null ? YearlyAmounts.none() : toDomain(eligibleCosts);
    }

    /** A pole's projects as the calculator reads them (numbered in the order given; none for the other schemes). */
    public List<PoleProject> poleProjects() {
        List<PoleProject> out = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            PoleProjectInput p = projects.get(i);
            out.add(new PoleProject(new UUID(0L, i + 1L), kind(p.kind()), p.title() == null ? "" : p.title().strip(), p.startDate().getYear(),
                    p.startDate(), p.endDate(), new Money(p.budget()),
                    p.privateContributions() == null ? Money.ZERO : new Money(p.privateContributions())));
        }
        return List.copyOf(out);
    }

    private static YearlyAmounts toDomain(YearlyAmountsInput amounts) {
        Map<Integer, Money> declared = new TreeMap<>();
        amounts.declared().forEach((year, amount) -> declared.put(year, new Money(amount)));
        return YearlyAmounts.of(amounts.yearly() == null ? Money.ZERO : new Money(amounts.yearly()), declared);
    }
}
