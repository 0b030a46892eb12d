package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationCase", description = "One evaluation round of a submitted dossier snapshot")
public record EvaluationCaseResponse(UUID id, UUID dossierId, int snapshotVersion, int round,
        @Schema(example = "OPEN", description = "OPEN, OPINION_ISSUED, SUPERSEDED, WITHDRAWN or RETURNED") String status,
        Instant openedAt,
        @Schema(description = "Why the registry stopped the round (WITHDRAWN or RETURNED); null otherwise", nullable = true)
        String closedReason) {

    static EvaluationCaseResponse of(EvaluationCase c) {
        return new EvaluationCaseResponse(c.id(), c.dossierId(), c.snapshotVersion(), c.round(), c.status().name(), c.openedAt(),
                c.closedReason());
    }
}
