package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.Objects;

/** The Comité issued its opinion on a snapshot of the dossier. */
public record RecordOpinionCommand(DossierId dossierId, Opinion opinion) {

    public RecordOpinionCommand {
        Objects.requireNonNull(dossierId, "dossier");
        Objects.requireNonNull(opinion, "opinion");
    }
}
