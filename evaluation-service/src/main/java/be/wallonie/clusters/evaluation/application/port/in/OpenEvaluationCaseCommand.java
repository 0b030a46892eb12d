package be.wallonie.clusters.evaluation.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A dossier snapshot was submitted to the call: the Comité opens a case for it. */
public record OpenEvaluationCaseCommand(UUID dossierId, int snapshotVersion, Instant submittedAt, String snapshotDocument) {

    public OpenEvaluationCaseCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(snapshotDocument, "snapshotDocument");
        if (snapshotVersion < 1) {
            throw new IllegalArgumentException("snapshotVersion starts at 1");
        }
    }
}
