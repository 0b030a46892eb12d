package be.wallonie.clusters.contracts.evaluation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The committee opened an evaluation case (a round) for a submitted dossier snapshot.
 *
 * @param caseId          the evaluation case (aggregate id)
 * @param dossierId       the registry's dossier (Kafka key, so a dossier's events stay ordered)
 * @param snapshotVersion the snapshot this round evaluates
 * @param round           1 for the first evaluation of the dossier, then 2, 3… on resubmission or renewal
 * @param openedAt        when the case was opened
 */
public record EvaluationOpenedV1(UUID caseId, UUID dossierId, int snapshotVersion, int round, OffsetDateTime openedAt) {
}
