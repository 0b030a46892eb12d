package be.wallonie.clusters.contracts.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A project the Cellule accompanies before any dossier exists, as it stands now (state transfer: a consumer keeps,
 * per project, the event with the highest {@code version}).
 *
 * @param projectId      the project (aggregate id, Kafka key)
 * @param version        1, 2, 3… per project
 * @param status         {@code OPEN}, {@code BECAME_DOSSIER} or {@code ABANDONED}
 * @param firstContactOn the day of the Cellule's first contact with the project
 * @param dossierId      the dossier it became, set with {@code BECAME_DOSSIER}; null otherwise
 * @param changedAt      when the project took this state
 */
public record AccompaniedProjectChangedV1(
        UUID projectId,
        int version,
        String status,
        LocalDate firstContactOn,
        UUID dossierId,
        OffsetDateTime changedAt) {
}
