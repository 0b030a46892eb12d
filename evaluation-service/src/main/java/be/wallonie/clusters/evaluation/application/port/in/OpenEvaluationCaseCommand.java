package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A dossier snapshot was submitted to the call: the Comité opens a case for it and assesses it.
 *
 * @param snapshot         the snapshot as the criteria engine reads it
 * @param snapshotDocument the snapshot as received, kept verbatim with the case
 * @param callId           the call the dossier was submitted to, when the registry says it (null otherwise)
 * @param sessionId        the registry's selection session the dossier is scheduled to, when it says it (null otherwise)
 */
public record OpenEvaluationCaseCommand(UUID dossierId, int snapshotVersion, Instant submittedAt, DossierSnapshot snapshot,
        String snapshotDocument, UUID callId, UUID sessionId) {

    public OpenEvaluationCaseCommand(UUID dossierId, int snapshotVersion, Instant submittedAt, DossierSnapshot snapshot,
            String snapshotDocument) {
        this(dossierId, snapshotVersion, submittedAt, snapshot, snapshotDocument, null, null);
    }

    public OpenEvaluationCaseCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(snapshotDocument, "snapshotDocument");
        if (snapshotVersion < 1) {
            throw new IllegalArgumentException("snapshotVersion starts at 1");
        }
    }
}
