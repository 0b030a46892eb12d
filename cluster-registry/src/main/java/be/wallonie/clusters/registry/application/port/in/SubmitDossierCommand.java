package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.Objects;

/**
 * Submit a dossier to the call.
 *
 * @param expectedVersion the version the caller last saw (If-Match), or null when not given
 */
public record SubmitDossierCommand(DossierId dossierId, Long expectedVersion, Caller caller) {

    public SubmitDossierCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(caller, "caller");
    }

    public String submittedBy() {
        return caller.userId();
    }
}
