package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.application.port.in.DossierPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DossierPage", description = "One page of dossiers, sorted by name (case-insensitive) then id")
public record DossierPageResponse(
        List<DossierResponse> items,
        @Schema(description = "0-based page number", example = "0") int page,
        @Schema(description = "Page size asked for", example = "20") int size,
        @Schema(description = "Dossiers matching the filters, all pages together", example = "12") long totalItems,
        @Schema(description = "Number of pages of this size", example = "1") long totalPages) {

    static DossierPageResponse of(DossierPage p) {
        return new DossierPageResponse(p.items().stream().map(DossierResponse::of).toList(), p.page(), p.size(), p.total(),
                (p.total() + p.size() - 1) / p.size());
    }
}
