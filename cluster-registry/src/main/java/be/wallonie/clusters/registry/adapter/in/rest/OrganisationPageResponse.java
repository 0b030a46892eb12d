package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.application.port.in.OrganisationPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationPage", description = "One page of organisations, sorted by name (case-insensitive) then id")
public record OrganisationPageResponse(
        List<OrganisationResponse> items,
        @Schema(description = "0-based page number", example = "0") int page,
        @Schema(description = "Page size asked for", example = "20") int size,
        @Schema(description = "Organisations matching the filters, all pages together", example = "57") long totalItems,
        @Schema(description = "Number of pages of this size", example = "3") long totalPages) {

    static OrganisationPageResponse of(OrganisationPage p) {
        return new OrganisationPageResponse(p.items().stream().map(OrganisationResponse::of).toList(), p.page(), p.size(),
                p.totalItems(), p.totalPages());
    }
}
