package be.wallonie.clusters.registry.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The problem of a duplicate enterprise number: the standard members plus the organisation that already has it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "OrganisationAlreadyRegisteredProblem",
        description = "RFC 9457 problem details with the extension members `existingOrganisationId` and `existingOrganisation`")
public record AlreadyRegisteredProblem(
        @Schema(example = "https://clusters.wallonie.be/problems/organisation-already-registered") String type,
        @Schema(example = "Organisation déjà enregistrée") String title,
        @Schema(example = "409") int status,
        String detail,
        String instance,
        @Schema(example = "ORGANISATION_ALREADY_REGISTERED") String code,
        @Schema(description = "The organisation that already carries the enterprise number") UUID existingOrganisationId,
        @Schema(description = "Its address", example = "/api/v1/organisations/6b1f9e2c-58a1-4a39-9f64-1c6f1b7d0a11")
        String existingOrganisation) {
}
