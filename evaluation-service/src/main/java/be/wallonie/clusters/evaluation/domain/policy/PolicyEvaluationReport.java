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
 * @param methodVersion     the version of the rules that produced the figures (configuration)
 * @param celluleActivity   the Cellule's accompaniment and avis (null in reports of {@code policy-evaluation-1})
 * @param amountsPaid       the Region's payments (null in reports of {@code policy-evaluation-1})
 * @param followUpExecution the follow-up against the plan and the overdue reports (null in reports of
 *                          {@code policy-evaluation-1})
 */
public record PolicyEvaluationReport(EvaluationPeriod period, String methodVersion, DossiersReceived dossiersReceived,
        TimeToOpinion timeToOpinion, Validation validation, Divergence divergence, Agrements agrements,
        FundingCommitted fundingCommitted, List<IndicatorTrend> followUpTrends, CelluleActivity celluleActivity,
        AmountsPaid amountsPaid, FollowUpExecution followUpExecution, Basis basis) {

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
     * The Cellule's work in the period (000_… III.2: the Comité evaluates the policy "en ce compris le travail de la
     * Cellule").
     *
     * @param acts                         accompaniment acts dated in the period (each act in its last recorded version)
     * @param hours                        the time they took, in hours (1 decimal)
     * @param actsByKind                   acts by kind
     * @param hoursByKind                  hours by kind (1 decimal)
     * @param organisationParticipations   organisations taking part, summed over the acts (one organisation at two acts
     *                                     counts twice)
     * @param projectsAccompanied          distinct projects with an act in the period
     * @param projectsBecameDossiers       of those, the projects that have become a dossier (as known at computation)
     * @param dossiersAccompanied          distinct dossiers with an act in the period that names the dossier
     * @param contactToSubmissionMeasured  dossiers an accompanied project became, first submitted in the period
     * @param medianDaysContactToSubmission median days from the project's first contact to that first submission
     * @param avisAgreement                the Cellule's avis against the Comité's opinions of the period
     */
    public record CelluleActivity(int acts, BigDecimal hours, Map<String, Integer> actsByKind, Map<String, BigDecimal> hoursByKind,
            int organisationParticipations, int projectsAccompanied, int projectsBecameDossiers, int dossiersAccompanied,
            int contactToSubmissionMeasured, BigDecimal medianDaysContactToSubmission, AvisAgreement avisAgreement) {
    }

    /**
     * The opinions issued in the period compared with the Cellule's avis on the same snapshot (the latest avis version
     * written before the opinion). Agreement: FAVOURABLE ↔ FAVOURABLE, RESERVED ↔ FAVOURABLE_WITH_CONDITIONS,
     * UNFAVOURABLE ↔ UNFAVOURABLE; same direction: favourable or reserved ↔ favourable with or without conditions,
     * unfavourable ↔ unfavourable. Rates over the opinions with an avis; null without one.
     *
     * @param byPair opinions with an avis by "avis/opinion", e.g. {@code RESERVED/FAVOURABLE}
     */
    public record AvisAgreement(int opinionsWithAvis, int opinionsWithoutAvis, int agreeing, BigDecimal agreementRate,
            int sameDirection, BigDecimal sameDirectionRate, Map<String, Integer> byPair) {
    }

    /**
     * The Region's payments made on a day of the period (reversals negative), by the budget year of the line paid and
     * the funding scheme, beside the amounts committed for those budget years.
     *
     * @param payments  payments counted (reversals included)
     * @param reversals of which reversals (negative amounts)
     */
    public record AmountsPaid(BigDecimal total, String currency, int payments, int reversals, Map<String, BigDecimal> byScheme,
            List<PaidBudgetYear> byBudgetYear) {
    }

    /**
     * One budget year: what was paid for it in the period, by scheme, and what the latest schedules commit for it.
     *
     * @param committed            the budget year's amount in the latest schedule versions (zero when none commits it)
     * @param paidShareOfCommitted paid / committed (4 decimals; null when nothing is committed)
     */
    public record PaidBudgetYear(int budgetYear, BigDecimal paid, Map<String, BigDecimal> paidByScheme, BigDecimal committed,
            BigDecimal paidShareOfCommitted) {
    }

    /** Follow-up against the plan the Comité judged, per reported year, and the reports overdue. */
    public record FollowUpExecution(List<ExecutionYear> byYear, OverdueReports overdue) {
    }

    /**
     * One reported year (its 1 January in the period), from the latest version of each cluster's report; the rates pool
     * the clusters' counts and amounts (sum of carried out / sum of planned, …), 4 decimals, null without a denominator.
     *
     * @param reports         clusters that reported the year
     * @param withPlanData    of which stating the plan's execution
     * @param withoutPlanData of which not (older reports): they count in none of the figures below
     */
    public record ExecutionYear(int year, int reports, int withPlanData, int withoutPlanData, int actionsPlanned, int carriedOut,
            int ongoing, int postponed, int dropped, BigDecimal executionRate, BigDecimal budgetPlanned, BigDecimal budgetSpent,
            BigDecimal budgetSpentRate, int gainsTargeted, int gainsAchieved, BigDecimal gainsAchievedRate, int conditionsTotal,
            int conditionsMet, BigDecimal conditionsMetRate) {
    }

    /**
     * Reports due in the period.
     *
     * @param reportsWithDueDay       reports (first filings) whose due day falls in the period
     * @param filedLate               of which filed after their due day (Brussels day of the first filing)
     * @param filedLateRate           filedLate / reportsWithDueDay (null without one)
     * @param yearsDue                (cluster, year) pairs of an agrément whose due day falls in the period and has passed
     *                                at computation
     * @param yearsDueWithoutReport   of which without any report at computation
     * @param asOf                    the Brussels day of computation
     */
    public record OverdueReports(int reportsWithDueDay, int filedLate, BigDecimal filedLateRate, int yearsDue,
            int yearsDueWithoutReport, java.time.LocalDate asOf) {
    }

    /**
     * What the report read: every fact of the projection at computation time, whatever its date. The counts of the
     * Cellule's work and of payments are null in reports of {@code policy-evaluation-1}.
     *
     * @param lastFactReceivedAt when the newest fact arrived
     */
    public record Basis(int submissions, int opinions, int decisions, int agrementFacts, int fundingScheduleVersions,
            int followUpReportVersions, Integer accompanimentActs, Integer accompaniedProjects, Integer celluleAvisVersions,
            Integer payments, Instant lastFactReceivedAt) {
    }
}
