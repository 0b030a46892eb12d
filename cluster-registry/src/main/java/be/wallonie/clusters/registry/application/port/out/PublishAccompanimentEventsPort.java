package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;

/** Publishes the accompaniment events; called inside the transaction of the change (outbox). */
public interface PublishAccompanimentEventsPort {

    void accompaniedProjectChanged(AccompaniedProject project);

    /** A recorded, corrected or cancelled act (a cancelled one with 0 minutes and 0 organisations). */
    void accompanimentActRecorded(AccompanimentAct act);
}
