package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.avis.AvisFreeze;
import be.wallonie.clusters.evaluation.domain.avis.CelluleAvis;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Cellule's avis received from the registry, every version kept, and the freezes the panel compositions set. */
public interface CelluleAvisPort {

    /** Serialises receiving an avis and composing the panel of one snapshot until the end of the transaction. */
    void lockAvisOf(UUID dossierId, int snapshotVersion);

    void saveAvis(CelluleAvis avis);

    /** Oldest first. */
    List<CelluleAvis> avisVersions(UUID dossierId, int snapshotVersion);

    /** False when the case was already frozen (the first composition stands). */
    boolean saveFreeze(AvisFreeze freeze);

    Optional<AvisFreeze> freezeOfCase(UUID caseId);

    /** Whether any evaluation case of this snapshot has its panel composed. */
    boolean snapshotFrozen(UUID dossierId, int snapshotVersion);
}
