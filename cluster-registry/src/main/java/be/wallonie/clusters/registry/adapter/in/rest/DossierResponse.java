package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dossier", description = "A cluster dossier")
public record DossierResponse(
        UUID id,
        String name,
        String acronym,
        Scheme scheme,
        Volet entryVolet,
        CreateDossierRequest.FocusDto focus,
        @Schema(example = "UNDER_EVALUATION") DossierStatus status,
        @Schema(description = "Version of the last submitted snapshot; 0 before the first submission") int snapshotVersion,
        @Schema(description = "Optimistic-locking version, also sent as the ETag") long version,
        String createdBy,
        Instant createdAt) {

    static DossierResponse of(Dossier d) {
        return new DossierResponse(d.id().value(), d.name(), d.acronym(), d.scheme(), d.entryVolet(),
                new CreateDossierRequest.FocusDto(d.focus().kind(), d.focus().domain(), d.focus().description()),
                d.status(), d.snapshotVersion(), d.version(), d.createdBy(), d.createdAt());
    }
}
