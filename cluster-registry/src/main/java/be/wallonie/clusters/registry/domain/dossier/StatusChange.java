package be.wallonie.clusters.registry.domain.dossier;

import java.time.Instant;

/** A recorded transition of the lifecycle: who, when, why (domain.md §3). */
public record StatusChange(DossierStatus from, DossierStatus to, String by, Instant at, String reason) {
}
