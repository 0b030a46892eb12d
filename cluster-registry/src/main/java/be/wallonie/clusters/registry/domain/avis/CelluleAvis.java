package be.wallonie.clusters.registry.domain.avis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of the Cellule's information note and avis on a submitted snapshot (000 III.2: the Cellule "prépare pour
 * le Comité l'information utile et un avis"). Each save is a new version (1, 2, 3…) sharing the avis id; every version
 * is kept, with who wrote it and when.
 */
public record CelluleAvis(UUID avisId, UUID dossierId, int snapshotVersion, int version, AvisText text, String writtenBy,
        Instant writtenAt) {

    public CelluleAvis {
        Objects.requireNonNull(avisId, "avisId");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(writtenBy, "writtenBy");
        Objects.requireNonNull(writtenAt, "writtenAt");
        if (snapshotVersion < 1 || version < 1) {
            throw new IllegalArgumentException("snapshot and avis versions start at 1");
        }
    }

    /**
     * The next version of the avis on a snapshot, given the versions already written (oldest first) and the freeze
     * of the snapshot, if the Comité's panel is composed.
     *
     * @throws CelluleAvisRefusedException FROZEN once the panel is composed
     */
    public static CelluleAvis write(UUID dossierId, int snapshotVersion, List<CelluleAvis> earlier, Optional<AvisFreeze> freeze,
            AvisText text, String by, Instant at) {
        if (freeze.isPresent()) {
            throw new CelluleAvisRefusedException(CelluleAvisRefusedException.Reason.FROZEN);
        }
        if (earlier.isEmpty()) {
            return new CelluleAvis(UUID.randomUUID(), dossierId, snapshotVersion, 1, text, by, at);
        }
        CelluleAvis last = earlier.get(earlier.size() - 1);
        return new CelluleAvis(last.avisId(), dossierId, snapshotVersion, last.version() + 1, text, by, at);
    }

    /**
     * Whether the Comité's panel reads this version: true until the panel is composed (it will read the latest), then
     * only for versions up to the one the panel was given; a version the registry holds beyond it (written while the
     * panel was being composed) is kept but was not seen by the Comité.
     */
    public boolean seenByComite(Optional<AvisFreeze> freeze) {
        return freeze.map(f -> f.celluleAvisVersion() != null && version <= f.celluleAvisVersion()).orElse(true);
    }
}
