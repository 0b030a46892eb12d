package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.avis.CelluleAvis;

/**
 * The Cellule writes, or revises, its information note and avis on a submitted snapshot; each save is a new version,
 * announced to the Comité (CelluleAvisIssued) and refused once the Comité's panel is composed.
 */
public interface WriteCelluleAvisUseCase {

    CelluleAvis writeAvis(WriteCelluleAvisCommand command);
}
