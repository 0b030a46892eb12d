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
 * @param privateContributions private contributions; only {@link SchemeCode#COMPETITIVENESS_POLE} uses them
 */
public record FundingInputs(UUID dossierId, SchemeCode scheme, List<AgrementPeriod> periods, YearlyAmounts eligibleCosts,
        YearlyAmounts privateContributions) {

    public FundingInputs {
        Objects.requireNonNull(dossierId, "dossier id");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(periods, "periods");
        periods = List.copyOf(periods);
        Objects.requireNonNull(eligibleCosts, "eligible costs");
        Objects.requireNonNull(privateContributions, "private contributions");
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

    /** A competitiveness pole: its labelling periods, declared budget and private contributions. */
    public static FundingInputs pole(UUID dossierId, List<AgrementPeriod> periods, YearlyAmounts declaredBudget,
            YearlyAmounts privateContributions) {
        return new FundingInputs(dossierId, SchemeCode.COMPETITIVENESS_POLE, periods, declaredBudget, privateContributions);
    }

    /** The same inputs with costs declared for one more budget year (e.g. costs declared late). */
    public FundingInputs declareCosts(int budgetYear, Money amount) {
        return withEligibleCosts(eligibleCosts.declare(budgetYear, amount));
    }

    public FundingInputs withEligibleCosts(YearlyAmounts costs) {
        return new FundingInputs(dossierId, scheme, periods, costs, privateContributions);
    }

    public FundingInputs withPrivateContributions(YearlyAmounts contributions) {
        return new FundingInputs(dossierId, scheme, periods, eligibleCosts, contributions);
    }

    public FundingInputs withPeriods(List<AgrementPeriod> newPeriods) {
        return new FundingInputs(dossierId, scheme, newPeriods, eligibleCosts, privateContributions);
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
        StringBuilder out = new StringBuilder("funding-inputs/1|dossier=").append(dossierId).append("|scheme=").append(scheme)
                .append("|periods=");
        for (AgrementPeriod period : periods) {
            out.append(period.number()).append(':').append(period.start()).append("..").append(period.end()).append(',');
        }
        out.append("|costs=").append(eligibleCosts.canonical());
        out.append("|private=").append(privateContributions.canonical());
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
