package be.wallonie.clusters.evaluation.domain.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Comité's evaluation of the cluster policy over a period (domain.md §3 « Policy evaluation »). Rates are
 * shares 0–1 with four decimals, durations in days with one decimal, amounts in euros with two decimals; a
 * figure without a denominator (no decision, no opinion) is null rather than zero.
 *
 * @param methodVersion the version of the rules that produced the figures (configuration)
 */
public record PolicyEvaluationReport(EvaluationPeriod period, String methodVersion, DossiersReceived dossiersReceived,
        TimeToOpinion timeToOpinion, Validation validation, Divergence divergence, Agrements agrements,
        FundingCommitted fundingCommitted, List<IndicatorTrend> followUpTrends, Basis basis) {

    /**
     * @param dossiers    distinct dossiers with at least one snapshot submitted in the period
     * @param submissions snapshots submitted in the period (resubmissions and renewals included)
     * @param byScheme    distinct dossiers by the scheme of their last submission in the period
     */
    public record DossiersReceived(int dossiers, int submissions, Map<String, Integer> byScheme) {
    }

    /**
     * From a snapshot's submission to the Comité's opinion on it, for the opinions issued in the period.
     *
     * @param opinionsIssued           opinions issued in the period
     * @param byOpinion                those opinions by kind
     * @param measured                 those whose submission is known (the figures below are over them)
     * @param awaitingOpinion          snapshots submitted in the period without an opinion by its end
     */
    public record TimeToOpinion(int opinionsIssued, Map<String, Integer> byOpinion, int measured, BigDecimal medianDays,
            BigDecimal p90Days, BigDecimal maxDays, int awaitingOpinion) {
    }

    /** The Region's decisions recorded in the period; the rate is validated / decided. */
    public record Validation(int decided, int validated, int rejected, BigDecimal validationRate) {
    }

    /**
     * Decisions of the period that departed from the Comité's opinion; the rate is over decisions that had one.
     *
     * @param validatedAgainstUnfavourable validated although the opinion was unfavourable
     * @param rejectedAgainstFavourable    rejected although the opinion was favourable (with or without conditions)
     */
    public record Divergence(int decisionsWithOpinion, int divergent, BigDecimal divergenceRate,
            int validatedAgainstUnfavourable, int rejectedAgainstFavourable) {
    }

    /** Agrément facts recorded in the period. */
    public record Agrements(int granted, int renewed, int expired) {
    }

    /**
     * The Region's amounts of the budget years in the period, from the latest schedule version of each dossier and
     * scheme.
     *
     * @param schedulesCounted the latest schedule versions that were read
     */
    public record FundingCommitted(BigDecimal total, String currency, Map<String, BigDecimal> byScheme,
            Map<Integer, BigDecimal> byBudgetYear, int schedulesCounted) {
    }

    /**
     * One follow-up indicator across clusters, from the latest version of each cluster's report per year.
     *
     * @param totalsByYear    sum over the clusters that reported, per year of the period
     * @param clustersByYear  how many clusters reported that year
     * @param change          last year's total minus the first year's (null with fewer than two years)
     * @param changeRate      that change relative to the first year's total (null if that total is zero)
     */
    public record IndicatorTrend(String indicator, Map<Integer, BigDecimal> totalsByYear, Map<Integer, Integer> clustersByYear,
            Integer firstYear, Integer lastYear, BigDecimal change, BigDecimal changeRate) {
    }

    /**
     * What the report read: every fact of the projection at computation time, whatever its date.
     *
     * @param lastFactReceivedAt when the newest fact arrived
     */
    public record Basis(int submissions, int opinions, int decisions, int agrementFacts, int fundingScheduleVersions,
            int followUpReportVersions, Instant lastFactReceivedAt) {
    }
}
