package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.RequestRenewalUseCase;
import be.wallonie.clusters.registry.domain.agrement.RenewalRefusedException;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The renewal of a validated cluster's agrément: a new evaluation round. */
@Path("/api/v1/dossiers/{id}/renewal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions and agréments")
@SecurityRequirement(name = "SecurityScheme")
public class RenewalResource {

    static final ProblemType RENEWAL_REFUSED = new ProblemType("renewal-refused", 409,
            LocalizedText.of("Renouvellement refusé", "Renewal refused"));

    private final RequestRenewalUseCase renewal;
    private final CurrentUser user;

    RenewalResource(RequestRenewalUseCase renewal, CurrentUser user) {
        this.renewal = renewal;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "requestAgrementRenewal", summary = "Ask for the renewal of the agrément", description = "Roles: APPLICANT, CELLULE. For a VALIDATED cluster "
            + "whose agrément is ACTIVE: a new snapshot version is submitted (DossierSubmitted, scheduled to a session like any "
            + "submission) and the dossier goes through evaluation again. When the Region validates it, the next agrément starts "
            + "the day after the current one ends, with the next period number (AgrementRenewed); a rejection leaves the current "
            + "agrément to expire. If-Match is required.")
    @APIResponse(responseCode = "200", description = "Submitted for renewal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a validated cluster, or its agrément is no longer in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response renew(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Dossier d = renewal.requestRenewal(new DossierId(id), ETags.requiredVersion(ifMatch), Callers.of(user));
        return Response.ok(DossierResponse.of(d)).tag(ETags.of(d.version())).build();
    }

    @ServerExceptionMapper
    public Response refused(RenewalRefusedException e, HttpHeaders headers, UriInfo uri) {
        LocalizedText detail = switch (e.reason()) {
            case NOT_VALIDATED -> LocalizedText.of("Seul un cluster validé renouvelle son agrément",
                    "Only a validated cluster renews its agrément");
            case NO_ACTIVE_AGREMENT -> LocalizedText.of("L'agrément du cluster n'est plus en vigueur",
                    "The cluster's agrément is no longer in force");
        };
        return Problems.response(RENEWAL_REFUSED, detail, List.of(), e.reason().name(), headers, uri);
    }
}
