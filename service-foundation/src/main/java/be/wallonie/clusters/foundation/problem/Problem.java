package be.wallonie.clusters.foundation.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is stable; `title` and `detail` follow Accept-Language (French by default).")
public record Problem(
        @Schema(example = "https://clusters.wallonie.be/problems/validation-failed") String type,
        @Schema(example = "La requête contient des données invalides") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Le champ name est obligatoire") String detail,
        @Schema(example = "/api/v1/dossiers") String instance,
        @Schema(description = "The offending fields, for validation problems") List<FieldProblem> errors,
        @Schema(description = "Machine-readable code of a business rule, when one was broken") String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
