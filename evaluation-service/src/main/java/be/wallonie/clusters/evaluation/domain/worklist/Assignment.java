package be.wallonie.clusters.evaluation.domain.worklist;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One of an expert's seats (present or past) and their own sheet's state there: nothing of the other experts.
 *
 * @param clusterName   the dossier's name (an expert reads it, with the members, before signing: to know whether they are conflicted)
 * @param removalCode   CONFLICT_OF_INTEREST, REPLACED or RECUSED when the seat was removed, null otherwise
 * @param removalReason why the seat was removed, null otherwise
 * @param draftSaved    a current (not voided) score sheet exists, submitted or not
 */
public record Assignment(UUID caseId, UUID dossierId, int round, String clusterName, EvaluationCase.CaseStatus caseStatus,
        Instant appointedAt, Instant removedAt, String removalCode, LocalizedText removalReason, Instant declaredAt,
        boolean draftSaved, Instant submittedAt) {

    public Assignment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseStatus, "caseStatus");
    }

    public SheetState state() {
        if (removedAt != null) {
            return SheetState.VOIDED;
        }
        if (submittedAt != null) {
            return SheetState.SUBMITTED;
        }
        if (caseStatus != EvaluationCase.CaseStatus.OPEN) {
            return SheetState.ROUND_CLOSED;
        }
        return declaredAt == null ? SheetState.DECLARATION_TO_SIGN : SheetState.SCORES_TO_GIVE;
    }

    /** What the expert has to do, or why there is nothing left to do. */
    public LocalizedText reason() {
        return switch (state()) {
            case VOIDED -> removalReason != null ? removalReason
                    : new LocalizedText("Retiré du panel", "Removed from the panel");
            case SUBMITTED -> new LocalizedText("Vos scores sont soumis", "Your scores are submitted");
            case ROUND_CLOSED -> new LocalizedText("Ce tour d'évaluation est clos (%s)".formatted(caseStatus),
                    "This evaluation round is closed (%s)".formatted(caseStatus));
            case DECLARATION_TO_SIGN -> new LocalizedText("Signez la déclaration d'absence de conflit d'intérêts pour ce dossier",
                    "Sign the no-conflict declaration for this case");
            case SCORES_TO_GIVE -> draftSaved
                    ? new LocalizedText("Brouillon enregistré : soumettez vos scores", "Draft saved: submit your scores")
                    : new LocalizedText("Notez les huit critères et soumettez vos scores", "Score the eight criteria and submit");
        };
    }
}
