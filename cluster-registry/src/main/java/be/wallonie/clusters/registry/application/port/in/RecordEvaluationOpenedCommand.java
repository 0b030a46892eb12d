package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The Comité reported that it opened an evaluation case for a submitted snapshot. */
public record RecordEvaluationOpenedCommand(DossierId dossierId, UUID caseId, int snapshotVersion, Instant openedAt) {

    public RecordEvaluationOpenedCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
