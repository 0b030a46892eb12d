package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.pole.PoleProject;

/** Publishes an approved pole project; called inside the transaction that stores it (outbox). */
public interface PublishPoleProjectEventsPort {

    void poleProjectApproved(Dossier pole, PoleProject project);
}
