package be.wallonie.clusters.evaluation.application.port.in;

public interface CloseEvaluationRoundUseCase {

    /** Closes the open round of that dossier and snapshot; a round with an opinion, or none at all, is left as it is. */
    void closeEvaluationRound(CloseEvaluationRoundCommand command);
}
