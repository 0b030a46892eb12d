package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.avis.AvisFreeze;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.scoring.Opinion;

/** Publishes the Comité's events; called inside the transaction of the change (outbox). */
public interface PublishEvaluationEventsPort {

    void evaluationOpened(EvaluationCase opened);

    /** The Comité issued its opinion on the case (OpinionIssued, with the findings; never who scored). */
    void opinionIssued(EvaluationCase evaluationCase, Opinion opinion);

    /** The secretariat composed the case's panel (PanelComposed, with the Cellule avis version it froze; no expert named). */
    void panelComposed(EvaluationCase evaluationCase, int panelSize, AvisFreeze freeze);
}
