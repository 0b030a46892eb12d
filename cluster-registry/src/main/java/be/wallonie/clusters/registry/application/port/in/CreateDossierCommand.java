package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import java.util.Objects;

/** Open a new draft dossier; an applicant's organisation becomes its first core-group member. */
public record CreateDossierCommand(String name, String acronym, Scheme scheme, Volet entryVolet, Focus focus, Caller caller) {

    public CreateDossierCommand {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(entryVolet, "entryVolet");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(caller, "caller");
    }

    public String requestedBy() {
        return caller.userId();
    }
}
