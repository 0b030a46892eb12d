package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a schedule is computed from, besides the scheme version.
 *
 * @param dossierId            the cluster's dossier
 * @param scheme               the scheme
 * @param periods              agrément periods (or the requested support window), numbered 1…n in date order,
 *                             not overlapping; gaps are allowed (nothing is funded in a gap)
 * @param eligibleCosts        eligible animateur costs; for {@link SchemeCode#COMPETITIVENESS_POLE} the pole's
 *                             declared budget
 * @param privateContributions private contributions; unused since poles are funded by their projects (kept empty)
 * @param projects             the projects the Region approved for a {@link SchemeCode#COMPETITIVENESS_POLE}: its
 *                             funding is their public share (budget less private contributions); empty otherwise
 * @param cut                  null, or the day after which nothing is funded and why (a preparation support stops
 *                             the day before the agrément starts, or when the dossier is rejected or withdrawn)
 */
public record FundingInputs(UUID dossierId, SchemeCode scheme, List<AgrementPeriod> periods, YearlyAmounts eligibleCosts,
        YearlyAmounts privateContributions, List<PoleProject> projects, Cut cut) {

    /** Why a support stops before the end it was granted for. */
    public enum CutReason {
        /** The agrément starts: one day is never funded twice (domain.md §5). */
        AGREMENT_STARTS,
        /** The Region rejected the dossier. */
        DOSSIER_REJECTED,
        /** The dossier was withdrawn. */
        DOSSIER_WITHDRAWN
    }

    /**
     * Nothing is funded after {@code lastDay}.
     *
     * @param lastDay the last day funded (may be before the first period's start: then nothing is funded)
     * @param reason  why
     */
    public record Cut(LocalDate lastDay, CutReason reason) {

        public Cut {
            Objects.requireNonNull(lastDay, "last day");
            Objects.requireNonNull(reason, "reason");
        }

        /** The earlier of two cuts (the other may be null). */
        public Cut earlier(Cut other) {
            return other == null || !other.lastDay.isBefore(lastDay) ? this : other;
        }
    }

    /** Inputs without projects and without a cut. */
    public FundingInputs(UUID dossierId, SchemeCode scheme, List<AgrementPeriod> periods, YearlyAmounts eligibleCosts,
            YearlyAmounts privateContributions) {
        this(dossierId, scheme, periods, eligibleCosts, privateContributions, List.of(), null);
    }

    public FundingInputs {
        Objects.requireNonNull(dossierId, "dossier id");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(periods, "periods");
        periods = List.copyOf(periods);
        Objects.requireNonNull(eligibleCosts, "eligible costs");
        Objects.requireNonNull(privateContributions, "private contributions");
        projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
        if (!projects.isEmpty() && scheme != SchemeCode.COMPETITIVENESS_POLE) {
            throw new IllegalArgumentException("only a competitiveness pole is funded by projects, not " + scheme);
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        for (int i = 0; i < periods.size(); i++) {
            AgrementPeriod period = periods.get(i);
            if (period.number() != i + 1) {
                throw new IllegalArgumentException("periods must be numbered 1, 2, 3… in date order; found " + period.number()
                        + " at position " + (i + 1));
            }
            if (i > 0 && !period.start().isAfter(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("period " + period.number() + " starts on " + period.start()
                        + ", before period " + (i) + " ends (" + periods.get(i - 1).end() + ")");
            }
        }
    }

    /** A validated cluster's agrément and renewals, with its animateur's eligible costs. */
    public static FundingInputs animator(UUID dossierId, List<AgrementPeriod> periods, YearlyAmounts costs) {
        return new FundingInputs(dossierId, SchemeCode.CLUSTER_ANIMATOR, periods, costs, YearlyAmounts.none());
    }

    /** A cluster in preparation: support asked from {@code start} to {@code requestedEnd} (the scheme cuts it short). */
    public static FundingInputs preparation(UUID dossierId, LocalDate start, LocalDate requestedEnd, YearlyAmounts costs) {
        return new FundingInputs(dossierId, SchemeCode.CLUSTER_PREPARATION, List.of(new AgrementPeriod(1, start, requestedEnd)),
                costs, YearlyAmounts.none());
    }

    /** A technology grape's project from {@code start} to {@code requestedEnd}. */
    public static FundingInputs grape(UUID dossierId, LocalDate start, LocalDate requestedEnd, YearlyAmounts costs) {
        return new FundingInputs(dossierId, SchemeCode.TECHNOLOGY_GRAPE, List.of(new AgrementPeriod(1, start, requestedEnd)),
                costs, YearlyAmounts.none());
    }

    /** A competitiveness pole: its labelling periods and the projects the Region approved for it. */
    public static FundingInputs pole(UUID dossierId, List<AgrementPeriod> periods, List<PoleProject> projects) {
        return new FundingInputs(dossierId, SchemeCode.COMPETITIVENESS_POLE, periods, YearlyAmounts.none(), YearlyAmounts.none(),
                projects, null);
    }

    /** The same inputs, funded until {@code cut} at the latest (the earlier cut wins). */
    public FundingInputs cutAt(Cut newCut) {
        Objects.requireNonNull(newCut, "cut");
        return new FundingInputs(dossierId, scheme, periods, eligibleCosts, privateContributions, projects, newCut.earlier(cut));
    }

    /** The same inputs with costs declared for one more budget year (e.g. costs declared late). */
    public FundingInputs declareCosts(int budgetYear, Money amount) {
        return withEligibleCosts(eligibleCosts.declare(budgetYear, amount));
    }

    public FundingInputs withEligibleCosts(YearlyAmounts costs) {
        return new FundingInputs(dossierId, scheme, periods, costs, privateContributions, projects, cut);
    }

    public FundingInputs withPrivateContributions(YearlyAmounts contributions) {
        return new FundingInputs(dossierId, scheme, periods, eligibleCosts, contributions, projects, cut);
    }

    public FundingInputs withPeriods(List<AgrementPeriod> newPeriods) {
        return new FundingInputs(dossierId, scheme, newPeriods, eligibleCosts, privateContributions, projects, cut);
    }

    public FundingInputs withProjects(List<PoleProject> newProjects) {
        return new FundingInputs(dossierId, scheme, periods, eligibleCosts, privateContributions, newProjects, cut);
    }

    /** The first day of the first period. */
    public LocalDate firstStart() {
        return periods.get(0).start();
    }

    /** The last day of the last period (expiry). */
    public LocalDate lastEnd() {
        return periods.get(periods.size() - 1).end();
    }

    /** A stable text form of the inputs, the source of {@link #fingerprint()}. */
    public String canonical() {
        StringBuilder out = new StringBuilder("funding-inputs/2|dossier=").append(dossierId).append("|scheme=").append(scheme)
                .append("|periods=");
        for (AgrementPeriod period : periods) {
            out.append(period.number()).append(':').append(period.start()).append("..").append(period.end()).append(',');
        }
        out.append("|costs=").append(eligibleCosts.canonical());
        out.append("|private=").append(privateContributions.canonical());
        // projects and cut only when present, so the fingerprint of inputs without them is unchanged
        if (!projects.isEmpty()) {
            out.append("|projects=");
            projects.stream().map(PoleProject::canonical).sorted().forEach(p -> out.append(p).append(','));
        }
        if (cut != null) {
            out.append("|cut=").append(cut.lastDay()).append(':').append(cut.reason());
        }
        return out.toString();
    }

    /** SHA-256 of {@link #canonical()}, hex: two schedules from equal inputs share it. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
