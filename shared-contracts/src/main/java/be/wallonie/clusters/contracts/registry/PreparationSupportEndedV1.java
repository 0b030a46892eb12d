package be.wallonie.clusters.contracts.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A preparation support ended before the end the Region granted: it ends at the latest when the agrément starts or the
 * dossier is rejected or withdrawn (000 III.2, "limité dans le temps"). Days after {@code endDate} are not funded.
 *
 * @param supportId the support (as in PreparationSupportGranted)
 * @param dossierId the cluster's dossier (aggregate id, Kafka key)
 * @param endDate   the last day funded: the day before the agrément starts, or the day of the rejection or withdrawal;
 *                  the day before the support's start when it ended before it began (no day funded)
 * @param reason    {@code AGREMENT_STARTED}, {@code DOSSIER_REJECTED} or {@code DOSSIER_WITHDRAWN}
 * @param endedAt   when it was recorded (with the decision or the withdrawal)
 */
public record PreparationSupportEndedV1(UUID supportId, UUID dossierId, LocalDate endDate, String reason, OffsetDateTime endedAt) {
}
