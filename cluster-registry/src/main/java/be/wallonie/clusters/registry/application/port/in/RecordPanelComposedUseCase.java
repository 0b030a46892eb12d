package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.avis.AvisFreeze;

/** The Comité composed the panel of a snapshot (PanelComposed): the Cellule's avis on it is frozen from now on. */
public interface RecordPanelComposedUseCase {

    /** Idempotent: the first composition freezes; a later one (the panel recomposed) changes nothing. */
    void recordPanelComposed(AvisFreeze freeze);
}
