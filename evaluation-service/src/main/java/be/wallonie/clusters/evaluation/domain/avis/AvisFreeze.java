package be.wallonie.clusters.evaluation.domain.avis;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The secretariat composed the case's panel: the Cellule's avis the panel reads is the version received by then
 * ({@code celluleAvisVersion}, null when none had arrived). The first composition freezes; a recomposition keeps it.
 */
public record AvisFreeze(UUID caseId, UUID dossierId, int snapshotVersion, Integer celluleAvisVersion, Instant composedAt) {

    public AvisFreeze {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(composedAt, "composedAt");
    }
}
