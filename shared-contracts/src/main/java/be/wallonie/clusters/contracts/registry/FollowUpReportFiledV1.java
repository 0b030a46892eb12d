package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A validated cluster filed (or corrected) its yearly follow-up report with the indicators the Cellule
 * follows.
 *
 * @param reportId         the report
 * @param dossierId        the cluster's dossier (aggregate id, Kafka key)
 * @param agrementId       the agrément the year falls in
 * @param year             the reported calendar year
 * @param version          1 for the first filing, then 2, 3… for corrections
 * @param correctionReason why the report was corrected; null for version 1
 * @param indicators       the indicators
 * @param filedBy          the subject of the user who filed
 * @param filedAt          when
 * @param planExecution    how the action plan of the validated snapshot was executed, the expected gains achieved and
 *                         the Comité's conditions met; null when not stated (added in v1, absent from earlier events)
 * @param dueOn            the day the report was due (e.g. 31 March of the next year), so that late filings can be
 *                         counted; null when unknown (added in v1, absent from earlier events)
 */
public record FollowUpReportFiledV1(
        UUID reportId,
        UUID dossierId,
        UUID agrementId,
        int year,
        int version,
        String correctionReason,
        Indicators indicators,
        String filedBy,
        OffsetDateTime filedAt,
        PlanExecution planExecution,
        LocalDate dueOn) {

    /** As before the plan execution and the due day were carried (older producers, tests). */
    public FollowUpReportFiledV1(UUID reportId, UUID dossierId, UUID agrementId, int year, int version,
            String correctionReason, Indicators indicators, String filedBy, OffsetDateTime filedAt) {
        this(reportId, dossierId, agrementId, year, version, correctionReason, indicators, filedBy, filedAt, null, null);
    }

    /**
     * The report's account of the plan the Comité judged; every count and amount is non-negative.
     *
     * @param actionsPlanned  actions of the validated snapshot's plan
     * @param carriedOut      of which carried out
     * @param ongoing         of which ongoing
     * @param postponed       of which postponed
     * @param dropped         of which dropped
     * @param budgetPlanned   the plan's budget, in euros
     * @param budgetSpent     the actual budget of the reported actions, in euros
     * @param gainsTargeted   expected gains of the plan
     * @param gainsAchieved   of which achieved
     * @param conditionsTotal conditions of the Comité's opinion
     * @param conditionsMet   of which met
     */
    public record PlanExecution(
            int actionsPlanned,
            int carriedOut,
            int ongoing,
            int postponed,
            int dropped,
            BigDecimal budgetPlanned,
            BigDecimal budgetSpent,
            int gainsTargeted,
            int gainsAchieved,
            int conditionsTotal,
            int conditionsMet) {
    }

    /**
     * The yearly follow-up indicators; every count and amount is non-negative.
     *
     * @param membersByKind              member organisations by kind ({@code ENTERPRISE}, {@code RESEARCH_CENTRE}, …)
     * @param enterprisesBySize          member enterprises by size class ({@code MICRO}, {@code SMALL}, {@code MEDIUM}, {@code LARGE})
     * @param jointProjectsStarted       joint projects started in the year
     * @param jointProjectsCompleted     joint projects completed in the year
     * @param genericActions             generic (collective) actions carried out
     * @param targetedActions            targeted actions carried out
     * @param innovations                innovations brought to market
     * @param patentsFiled               patents filed
     * @param companiesCreated           companies created
     * @param internationalisationActions internationalisation actions
     * @param jobs                       jobs in member enterprises (FTE)
     * @param turnover                   members' turnover, in euros
     * @param exports                    members' exports, in euros
     * @param trainingDays               training delivered, in participant-days
     */
    public record Indicators(
            Map<String, Integer> membersByKind,
            Map<String, Integer> enterprisesBySize,
            int jointProjectsStarted,
            int jointProjectsCompleted,
            int genericActions,
            int targetedActions,
            int innovations,
            int patentsFiled,
            int companiesCreated,
            int internationalisationActions,
            BigDecimal jobs,
            BigDecimal turnover,
            BigDecimal exports,
            BigDecimal trainingDays) {
    }
}
