package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import java.util.Objects;

/** Run the criteria engine on a dossier snapshot. */
public record AssessDossierCommand(DossierSnapshot snapshot) {

    public AssessDossierCommand {
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
