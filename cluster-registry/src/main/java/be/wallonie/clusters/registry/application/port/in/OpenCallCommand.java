package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Open a call (concours). Absent closing day, interval and cut-off take the configured defaults; the call itself checks
 * the rest and names every offending field.
 */
public record OpenCallCommand(String title, Set<Scheme> schemes, LocalDate openingDate, LocalDate closingDate,
        Integer sessionIntervalMonths, Integer cutOffDays, String openedBy) {

    public OpenCallCommand {
        Objects.requireNonNull(openedBy, "openedBy");
        schemes = schemes == null ? Set.of() : Set.copyOf(schemes);
    }
}
