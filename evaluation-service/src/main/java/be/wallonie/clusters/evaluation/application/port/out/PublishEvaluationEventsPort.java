package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;

/** Publishes the Comité's events; called inside the transaction of the change (outbox). */
public interface PublishEvaluationEventsPort {

    void evaluationOpened(EvaluationCase opened);
}
