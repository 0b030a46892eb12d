package be.wallonie.clusters.registry.adapter.in.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DossierCompleteness", description = "What the dossier still lacks before it can be submitted")
public record CompletenessResponse(
        @Schema(description = "True when nothing is missing") boolean complete,
        List<MissingItemDto> missing,
        @Schema(description = "What does not refuse the submission but the Comité will weigh (none today)")
        List<MissingItemDto> warnings) {

    @Schema(name = "MissingItem", description = "One missing item: a stable code, where, and what to do (Accept-Language)")
    public record MissingItemDto(
            @Schema(example = "governance.noPoachingRule") String field,
            @Schema(example = "GOVERNANCE_NO_POACHING") String code,
            @Schema(example = "énoncez la règle de non-débauchage entre membres") String message) {
    }
}
