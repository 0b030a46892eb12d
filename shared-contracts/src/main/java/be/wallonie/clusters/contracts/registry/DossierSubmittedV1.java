package be.wallonie.clusters.contracts.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cluster dossier was submitted to the call. Carries the frozen snapshot so that the evaluation
 * committee never needs to call the registry (and stays independent of it).
 *
 * @param dossierId       the dossier (aggregate id, Kafka key)
 * @param snapshotVersion 1 for the first submission, incremented on each resubmission or renewal
 * @param callId          the call (concours) the dossier was submitted to, if any
 * @param sessionId       the selection session the dossier is scheduled to, if any
 * @param submittedAt     when the applicant submitted
 * @param submittedBy     the subject of the user who submitted
 * @param snapshot        everything the evaluation needs
 */
public record DossierSubmittedV1(
        UUID dossierId,
        int snapshotVersion,
        UUID callId,
        UUID sessionId,
        OffsetDateTime submittedAt,
        String submittedBy,
        DossierSnapshotV1 snapshot) {
}
