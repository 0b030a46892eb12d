package be.wallonie.clusters.contracts.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Region paid an amount against one line of a cluster's funding schedule, or reversed one (negative amount).
 * A line is stable across schedule versions by its period, agrément year and budget year.
 *
 * @param paymentId       the payment
 * @param dossierId       the cluster's dossier (Kafka key)
 * @param fileId          the funding file, as in FundingScheduleComputed
 * @param scheduleVersion the schedule version the payment was recorded against
 * @param period          the line's agrément period
 * @param agrementYear    the line's agrément (or support) year
 * @param budgetYear      the line's budget (calendar) year
 * @param lineKey         {@code "{period}/{agrementYear}/{budgetYear}"}, e.g. {@code "1/2/2027"}
 * @param amount          in euros, 2 decimals; negative for a reversal
 * @param paidOn          the day of the payment
 * @param reference       the Region's payment reference, unique per funding file
 * @param recordedBy      the subject of the user who recorded it
 * @param recordedAt      when it was recorded
 */
public record PaymentRecordedV1(
        UUID paymentId,
        UUID dossierId,
        UUID fileId,
        int scheduleVersion,
        int period,
        int agrementYear,
        int budgetYear,
        String lineKey,
        BigDecimal amount,
        LocalDate paidOn,
        String reference,
        String recordedBy,
        OffsetDateTime recordedAt) {
}
