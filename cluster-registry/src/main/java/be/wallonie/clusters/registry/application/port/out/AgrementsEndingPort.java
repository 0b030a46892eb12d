package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.GetAgrementsEndingQuery.AgrementEnding;
import java.time.LocalDate;
import java.util.List;

/** The ACTIVE agréments whose last day is in a window, with their dossier; the soonest end first, then the dossier id. */
public interface AgrementsEndingPort {

    List<AgrementEnding> activeAgrementsEnding(LocalDate from, LocalDate to, int page, int size);

    long countActiveAgrementsEnding(LocalDate from, LocalDate to);
}
