package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * A computed schedule, immutable: a recomputation produces a new schedule and never changes this one.
 *
 * @param dossierId          the cluster's dossier
 * @param scheme             the scheme
 * @param schemeVersion      label of the scheme version governing its first period (each line names its own)
 * @param computedOn         the computation date
 * @param inputsFingerprint  {@link FundingInputs#fingerprint()} of {@code inputs}
 * @param inputs             the inputs, echoed
 * @param lines              lines in date order
 * @param totalEligible      sum of the lines' eligible costs
 * @param totalGranted       sum of the lines' granted amounts
 * @param totalLeftToCluster sum of the lines' shares left to the cluster
 */
public record FundingSchedule(UUID dossierId, SchemeCode scheme, String schemeVersion, LocalDate computedOn,
        String inputsFingerprint, FundingInputs inputs, List<ScheduleLine> lines, Money totalEligible, Money totalGranted,
        Money totalLeftToCluster) {

    public FundingSchedule {
        Objects.requireNonNull(dossierId, "dossier id");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(schemeVersion, "scheme version");
        Objects.requireNonNull(computedOn, "computed on");
        Objects.requireNonNull(inputsFingerprint, "inputs fingerprint");
        Objects.requireNonNull(inputs, "inputs");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (!dossierId.equals(inputs.dossierId()) || scheme != inputs.scheme()) {
            throw new IllegalArgumentException("the schedule's dossier and scheme are those of its inputs");
        }
        requireSum(totalEligible, lines, ScheduleLine::eligibleCosts, "total eligible");
        requireSum(totalGranted, lines, ScheduleLine::granted, "total granted");
        requireSum(totalLeftToCluster, lines, ScheduleLine::leftToCluster, "total left to cluster");
    }

    /** A schedule whose totals are the sums of its (rounded) lines. */
    public static FundingSchedule of(FundingInputs inputs, String schemeVersion, LocalDate computedOn, List<ScheduleLine> lines) {
        return new FundingSchedule(inputs.dossierId(), inputs.scheme(), schemeVersion, computedOn, inputs.fingerprint(), inputs,
                lines, sum(lines, ScheduleLine::eligibleCosts), sum(lines, ScheduleLine::granted),
                sum(lines, ScheduleLine::leftToCluster));
    }

    /**
     * This schedule with each line that changed since {@code previous} (the lines of the schedule's previous version)
     * marked with its previous amount, the difference and {@code reason}: what a budget officer reads when a late
     * declaration or a correction moves a line. Lines that did not change carry no correction.
     */
    public FundingSchedule comparedWith(List<ScheduleLine> previous, String reason) {
        java.util.Map<String, ScheduleLine> before = new java.util.HashMap<>();
        previous.forEach(line -> before.put(line.key(), line));
        List<ScheduleLine> marked = lines.stream().map(line -> line.comparedWith(before.get(line.key()), reason)).toList();
        return new FundingSchedule(dossierId, scheme, schemeVersion, computedOn, inputsFingerprint, inputs, marked, totalEligible,
                totalGranted, totalLeftToCluster);
    }

    /** Whether two versions' lines say the same, whatever corrections they carry. */
    public static boolean sameLines(List<ScheduleLine> a, List<ScheduleLine> b) {
        return a.stream().map(ScheduleLine::withoutCorrection).toList().equals(b.stream().map(ScheduleLine::withoutCorrection).toList());
    }

    /** The lines of one budget year (two when a renewal starts during that year). */
    public List<ScheduleLine> linesOf(int budgetYear) {
        return lines.stream().filter(line -> line.budgetYear() == budgetYear).toList();
    }

    /** The Region's amount for one budget year. */
    public Money grantedIn(int budgetYear) {
        return sum(linesOf(budgetYear), ScheduleLine::granted);
    }

    public SortedSet<Integer> budgetYears() {
        TreeSet<Integer> years = new TreeSet<>();
        lines.forEach(line -> years.add(line.budgetYear()));
        return years;
    }

    /** Sum of the lines' private contributions (poles). */
    public Money totalPrivateContributions() {
        return sum(lines, ScheduleLine::privateContributions);
    }

    private static Money sum(List<ScheduleLine> lines, Function<ScheduleLine, Money> amount) {
        Money total = Money.ZERO;
        for (ScheduleLine line : lines) {
            total = total.plus(amount.apply(line));
        }
        return total;
    }

    private static void requireSum(Money total, List<ScheduleLine> lines, Function<ScheduleLine, Money> amount, String what) {
        Objects.requireNonNull(total, what);
        Money expected = sum(lines, amount);
        if (!total.equals(expected)) {
            throw new IllegalArgumentException(what + " " + total + " is not the sum of the lines, " + expected);
        }
    }
}
