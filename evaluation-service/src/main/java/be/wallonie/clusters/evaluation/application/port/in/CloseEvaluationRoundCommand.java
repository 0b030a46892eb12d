package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import java.util.Objects;
import java.util.UUID;

/**
 * The registry stopped the evaluation of a snapshot: the dossier was withdrawn or returned for completion.
 *
 * @param closedAs {@code WITHDRAWN} or {@code RETURNED}
 */
public record CloseEvaluationRoundCommand(UUID dossierId, int snapshotVersion, EvaluationCase.CaseStatus closedAs, String reason) {

    public CloseEvaluationRoundCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(closedAs, "closedAs");
        if (closedAs != EvaluationCase.CaseStatus.WITHDRAWN && closedAs != EvaluationCase.CaseStatus.RETURNED) {
            throw new IllegalArgumentException("a round is closed as WITHDRAWN or RETURNED, not " + closedAs);
        }
        if (snapshotVersion < 1) {
            throw new IllegalArgumentException("snapshot version starts at 1");
        }
    }
}
