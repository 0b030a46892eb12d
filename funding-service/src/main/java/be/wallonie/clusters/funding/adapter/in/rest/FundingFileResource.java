package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.funding.application.port.in.GetFundingFileQuery;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/funding-files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding files", description = "A cluster's funding file, built from the registry's events")
@SecurityRequirement(name = "SecurityScheme")
public class FundingFileResource {

    static final ProblemType FILE_NOT_FOUND = new ProblemType("funding-file-not-found", 404,
            LocalizedText.of("Dossier de financement introuvable", "Funding file not found"));

    private final GetFundingFileQuery files;

    FundingFileResource(GetFundingFileQuery files) {
        this.files = files;
    }

    @Schema(name = "FundingFile")
    public record FundingFileResponse(UUID dossierId, String clusterName,
            @Schema(example = "ECONOMIC_CLUSTER") String schemeAppliedFor,
            @Schema(example = "AWAITING_DECISION") String status, Instant openedAt) {
        static FundingFileResponse of(FundingFile f) {
            return new FundingFileResponse(f.dossierId(), f.clusterName(), f.schemeAppliedFor(), f.status().name(), f.openedAt());
        }
    }

    @GET
    @Path("/{dossierId}")
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION, Roles.CELLULE})
    @Operation(summary = "Read a cluster's funding file", description = "Roles: FUNDING_READER, REGION, CELLULE.")
    @APIResponse(responseCode = "200", description = "The funding file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingFileResponse.class)))
    @APIResponse(responseCode = "404", description = "No funding file for this dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundingFileResponse read(@PathParam("dossierId") UUID dossierId) {
        return files.fundingFile(dossierId).map(FundingFileResponse::of)
                .orElseThrow(() -> new ProblemException(FILE_NOT_FOUND,
                        LocalizedText.of("Aucun dossier de financement pour %s", "No funding file for %s").formatted(dossierId)));
    }
}
