package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;

/** Publishes the registry's events; called inside the transaction of the change (outbox). */
public interface PublishDossierEventsPort {

    void dossierSubmitted(DossierSubmitted event);
}
