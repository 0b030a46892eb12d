package be.wallonie.clusters.registry.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem for a submission refused as incomplete: every missing item in {@code errors}, each with its code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IncompleteDossierProblem", description = "A submission refused: the dossier is incomplete; every missing item "
        + "is listed in `errors` with its field, stable code and message")
public record IncompleteDossierProblem(
        @Schema(example = "https://clusters.wallonie.be/problems/dossier-incomplete") String type,
        @Schema(example = "Dossier incomplet") String title,
        @Schema(example = "422") int status,
        String detail,
        String instance,
        List<CompletenessResponse.MissingItemDto> errors,
        @Schema(example = "DOSSIER_INCOMPLETE") String code) {
}
