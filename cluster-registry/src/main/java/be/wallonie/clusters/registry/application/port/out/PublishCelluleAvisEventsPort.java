package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.avis.CelluleAvis;

/** Publishes CelluleAvisIssued; called inside the transaction of the write (outbox). */
public interface PublishCelluleAvisEventsPort {

    void celluleAvisIssued(CelluleAvis avis);
}
