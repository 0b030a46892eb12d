package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import java.util.Objects;

/** Replace the dossier's header (name, acronym, scheme, entry volet, focus) on the version the caller read. */
public record EditDossierHeaderCommand(DossierId dossierId, long expectedVersion, String name, String acronym, Scheme scheme,
        Volet entryVolet, Focus focus, Caller caller) {

    public EditDossierHeaderCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(entryVolet, "entryVolet");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(caller, "caller");
    }
}
