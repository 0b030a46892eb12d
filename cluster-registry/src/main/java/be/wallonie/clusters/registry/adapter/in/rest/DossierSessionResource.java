package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.AssignSessionUseCase;
import be.wallonie.clusters.registry.application.port.in.GetCallsQuery;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The selection session a dossier's current round is examined at. */
@Path("/api/v1/dossiers/{id}/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls and sessions")
@SecurityRequirement(name = "SecurityScheme")
public class DossierSessionResource {

    static final ProblemType NOT_SCHEDULED = new ProblemType("dossier-not-scheduled", 404,
            LocalizedText.of("Dossier non inscrit à une session", "Dossier not on a session's agenda"));

    private final AssignSessionUseCase assign;
    private final GetCallsQuery query;
    private final CurrentUser user;

    DossierSessionResource(AssignSessionUseCase assign, GetCallsQuery query, CurrentUser user) {
        this.assign = assign;
        this.query = query;
        this.user = user;
    }

    @Schema(name = "SessionAssignmentRequest")
    public record AssignmentRequest(@NotNull UUID sessionId) {
    }

    @Schema(name = "SessionAssignment")
    public record AssignmentResponse(UUID callId, UUID sessionId, LocalDate sessionDate) {
        static AssignmentResponse of(SessionAssignment a) {
            return new AssignmentResponse(a.callId(), a.sessionId(), a.sessionDate());
        }
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getDossierSession", summary = "The session the dossier is scheduled to", description = "Roles: APPLICANT (only a dossier of which its "
            + "organisation is a core-group member or the animateur's employer), CELLULE, REGION. For the "
            + "dossier's current snapshot; 404 when it is not on any session's agenda.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResponse.class)))
    @APIResponse(responseCode = "403", description = "An applicant whose organisation is neither in the dossier's core group nor the animateur's employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier, or not scheduled", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentResponse read(@PathParam("id") UUID id) {
        return query.sessionOf(new DossierId(id), Callers.of(user)).map(AssignmentResponse::of).orElseThrow(() -> new ProblemException(NOT_SCHEDULED,
                LocalizedText.of("Le dossier %s n'est inscrit à aucune session", "Dossier %s is on no session's agenda").formatted(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "assignDossierToSession", summary = "Put the dossier on a session's agenda", description = "Role: CELLULE. For a dossier in an evaluation "
            + "round (SUBMITTED, UNDER_EVALUATION, OPINION_RECEIVED) — one submitted outside any open call (a renewal, an "
            + "accompanied dossier) or moved to another session; the session must not be published and its call must cover the "
            + "dossier's scheme. Send If-Match with the dossier's ETag to act on the version you read.")
    @APIResponse(responseCode = "200", description = "Scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or session", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in an evaluation round, session published, call cancelled or scheme "
            + "not covered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentResponse assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssignmentRequest r) {
        return AssignmentResponse.of(assign.assignSession(new DossierId(id), ETags.expectedVersion(ifMatch), r.sessionId(), user.id()));
    }
}
