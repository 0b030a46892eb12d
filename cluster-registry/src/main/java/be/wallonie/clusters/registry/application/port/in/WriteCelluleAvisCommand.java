package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.avis.AvisText;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.Objects;

/**
 * @param expectedVersion the avis version the writer read (If-Match); null when absent — allowed only for the first
 *                        version (0 names "no avis yet")
 */
public record WriteCelluleAvisCommand(DossierId dossier, int snapshotVersion, Long expectedVersion, AvisText text, Caller caller) {

    public WriteCelluleAvisCommand {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(caller, "caller");
    }
}
