package be.wallonie.clusters.registry.domain.dossier;

import java.time.Instant;

/** A dossier was submitted: the frozen snapshot, when and by whom. */
public record DossierSubmitted(DossierSnapshot snapshot, Instant submittedAt, String submittedBy) {
}
