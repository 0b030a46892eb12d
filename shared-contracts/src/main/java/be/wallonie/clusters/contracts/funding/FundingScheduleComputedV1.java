package be.wallonie.clusters.contracts.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A cluster's funding schedule was (re)computed: what the Region pays, year by year. Every version is
 * kept; this event carries the new one whole.
 *
 * @param fileId          the funding file
 * @param dossierId       the cluster's dossier (Kafka key)
 * @param scheduleVersion 1, 2, 3… per file
 * @param scheme          {@code CLUSTER_ANIMATOR}, {@code CLUSTER_PREPARATION}, {@code TECHNOLOGY_GRAPE} or {@code COMPETITIVENESS_POLE}
 * @param policyVersion   the funding scheme version used
 * @param reason          why it was computed (the input that changed)
 * @param currency        always {@code EUR}
 * @param totalGranted    sum of the lines' granted amounts
 * @param totalEligible   sum of the lines' eligible costs
 * @param lines           per budget year and period
 * @param computedAt      when
 */
public record FundingScheduleComputedV1(
        UUID fileId,
        UUID dossierId,
        int scheduleVersion,
        String scheme,
        String policyVersion,
        String reason,
        String currency,
        BigDecimal totalGranted,
        BigDecimal totalEligible,
        List<Line> lines,
        OffsetDateTime computedAt) {

    /**
     * @param budgetYear    calendar year
     * @param period        agrément period
     * @param from          first day covered
     * @param to            last day covered
     * @param daysCovered   days covered
     * @param eligibleCosts eligible costs of the line
     * @param rate          share the Region pays, 0–1
     * @param cap           ceiling applied, pro rata temporis
     * @param granted       the Region's amount
     * @param leftToCluster what the cluster finances itself
     * @param agrementYear     the agrément (or support) year of the line, whose cap is split between its lines by days
     *                         (null in events of older producers)
     * @param schemeVersion    the scheme version that priced the line: the one governing its period (null in older events)
     * @param previousGranted  null, or — when the line moved since the schedule's previous version — what it granted before
     * @param correctionReason why it moved (with {@code previousGranted})
     */
    public record Line(int budgetYear, int period, LocalDate from, LocalDate to, int daysCovered, BigDecimal eligibleCosts,
            BigDecimal rate, BigDecimal cap, BigDecimal granted, BigDecimal leftToCluster, Integer agrementYear,
            String schemeVersion, BigDecimal previousGranted, String correctionReason) {

        /** A line as older producers wrote it. */
        public Line(int budgetYear, int period, LocalDate from, LocalDate to, int daysCovered, BigDecimal eligibleCosts,
                BigDecimal rate, BigDecimal cap, BigDecimal granted, BigDecimal leftToCluster) {
            this(budgetYear, period, from, to, daysCovered, eligibleCosts, rate, cap, granted, leftToCluster, null, null, null, null);
        }
    }
}
