package be.wallonie.clusters.contracts.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An agrément reached its end without renewal: funding stops after {@code endDate}.
 *
 * @param agrementId   the agrément
 * @param dossierId    the cluster's dossier (aggregate id, Kafka key)
 * @param periodNumber the period that ended
 * @param endDate      last day covered
 * @param expiredAt    when the registry recorded the expiry
 */
public record AgrementExpiredV1(UUID agrementId, UUID dossierId, int periodNumber, LocalDate endDate, OffsetDateTime expiredAt) {
}
