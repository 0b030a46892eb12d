package be.wallonie.clusters.contracts.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Region returned a dossier for completion; the Comité stops evaluating that snapshot and a later submission opens a new round.
 *
 * @param dossierId       the dossier (aggregate id, Kafka key)
 * @param snapshotVersion the snapshot that was under evaluation
 * @param reason          why, as written by the officer
 * @param by              the subject who acted
 * @param at              when it was recorded
 */
public record DossierReturnedForCompletionV1(UUID dossierId, int snapshotVersion, String reason, String by, OffsetDateTime at) {
}
