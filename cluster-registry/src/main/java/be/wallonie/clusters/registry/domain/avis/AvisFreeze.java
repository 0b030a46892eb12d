package be.wallonie.clusters.registry.domain.avis;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The Comité's secretariat composed the panel of a snapshot's evaluation case: from then on the Cellule's avis on that
 * snapshot is frozen.
 *
 * @param caseId             the Comité's evaluation case
 * @param celluleAvisVersion the avis version the panel reads; null when no avis had reached the Comité
 * @param composedAt         when the panel was composed
 */
public record AvisFreeze(UUID dossierId, int snapshotVersion, UUID caseId, Integer celluleAvisVersion, Instant composedAt) {

    public AvisFreeze {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(composedAt, "composedAt");
        if (celluleAvisVersion != null && celluleAvisVersion < 1) {
            throw new IllegalArgumentException("avis versions start at 1");
        }
    }
}
