package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.ListAwaitingAvisQuery.AwaitingAvisPage;
import be.wallonie.clusters.registry.domain.avis.AvisFreeze;
import be.wallonie.clusters.registry.domain.avis.CelluleAvis;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.List;
import java.util.Optional;

/** The Cellule's avis, every version kept, and the freezes the Comité's panel compositions set. */
public interface CelluleAvisRecordsPort {

    /** Serialises the writes and the freeze of one dossier's avis until the end of the transaction. */
    void lockAvisOf(DossierId dossier);

    void save(CelluleAvis avis);

    /** Oldest first; empty when none was written. */
    List<CelluleAvis> versionsOf(DossierId dossier, int snapshotVersion);

    /** Stores the freeze; false when the snapshot was already frozen (the first composition stands). */
    boolean saveFreeze(AvisFreeze freeze);

    Optional<AvisFreeze> freezeOf(DossierId dossier, int snapshotVersion);

    AwaitingAvisPage awaitingAvis(int page, int size);
}
