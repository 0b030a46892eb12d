package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The Region decides on a dossier.
 *
 * @param expectedVersion the dossier version the officer read (If-Match)
 * @param agrementStart   first day of the agrément when validated; null for the decision date
 */
public record DecideOnDossierCommand(DossierId dossierId, long expectedVersion, Decision.Outcome outcome, String justification,
        LocalDate agrementStart, String decidedBy) {

    public DecideOnDossierCommand {
        Objects.requireNonNull(dossierId, "dossier");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decided by");
    }
}
