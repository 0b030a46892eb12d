package be.wallonie.clusters.contracts.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The applicant withdrew a dossier; the Comité stops evaluating that snapshot.
 *
 * @param dossierId       the dossier (aggregate id, Kafka key)
 * @param snapshotVersion the snapshot that was under evaluation
 * @param reason          why, as written by the applicant
 * @param by              the subject who acted
 * @param at              when it was recorded
 */
public record DossierWithdrawnV1(UUID dossierId, int snapshotVersion, String reason, String by, OffsetDateTime at) {
}
