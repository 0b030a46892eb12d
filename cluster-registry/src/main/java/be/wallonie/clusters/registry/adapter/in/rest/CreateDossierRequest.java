package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateDossierRequest", description = "A new draft cluster dossier")
public record CreateDossierRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Cluster Bois-Construction Wallonie") String name,
        @Size(max = 30) @Schema(example = "BCW") String acronym,
        @NotNull @Schema(example = "ECONOMIC_CLUSTER") Scheme scheme,
        @NotNull @Schema(example = "VALIDATION") Volet entryVolet,
        @NotNull @Valid FocusDto focus) {

    @Schema(name = "Focus", description = "What the cluster gathers around: a market or a technology")
    public record FocusDto(
            @NotNull @Schema(example = "MARKET") Focus.Kind kind,
            @Size(max = 200) @Schema(example = "Construction à ossature bois") String domain,
            @Size(max = 4000) @Schema(example = "Maisons à ossature bois pour le marché résidentiel wallon") String description) {
    }
}
