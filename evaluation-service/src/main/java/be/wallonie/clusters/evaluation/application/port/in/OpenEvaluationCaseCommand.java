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
 */
public record OpenEvaluationCaseCommand(UUID dossierId, int snapshotVersion, Instant submittedAt, DossierSnapshot snapshot,
        String snapshotDocument) {

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
