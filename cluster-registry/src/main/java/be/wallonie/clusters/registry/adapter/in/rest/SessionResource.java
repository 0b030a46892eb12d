package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.adapter.in.rest.CallResource.SessionResponse;
import be.wallonie.clusters.registry.application.port.in.GetCallsQuery;
import be.wallonie.clusters.registry.application.port.in.PublishSessionResultsUseCase;
import be.wallonie.clusters.registry.application.port.in.PublishSessionResultsUseCase.PublishedResults;
import be.wallonie.clusters.registry.domain.call.SelectionSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A selection session: its agenda, and the publication of its results. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls and sessions")
@SecurityRequirement(name = "SecurityScheme")
public class SessionResource {

    private final GetCallsQuery query;
    private final PublishSessionResultsUseCase publication;
    private final CurrentUser user;

    SessionResource(GetCallsQuery query, PublishSessionResultsUseCase publication, CurrentUser user) {
        this.query = query;
        this.publication = publication;
        this.user = user;
    }

    @Schema(name = "ScheduledDossier")
    public record ScheduledDossierResponse(UUID id, String name, @Schema(example = "ECONOMIC_CLUSTER") String scheme,
            @Schema(example = "UNDER_EVALUATION") String status, int snapshotVersion,
            @Schema(description = "Put on the agenda by the Cellule rather than by the submission's date") boolean manual) {
    }

    @Schema(name = "SessionAgenda")
    public record SessionAgendaResponse(SessionResponse session, List<ScheduledDossierResponse> dossiers) {
    }

    @Schema(name = "SessionResults")
    public record ResultsResponse(UUID sessionId, UUID callId, LocalDate sessionDate, Instant publishedAt, List<ResultLine> results) {

        static ResultsResponse of(PublishedResults p) {
            SelectionSession s = p.session();
            return new ResultsResponse(s.id(), s.callId(), s.date(), s.publishedAt(), p.results().stream()
                    .map(r -> new ResultLine(r.dossierId(), r.clusterName(), r.scheme(), r.outcome().name())).toList());
        }
    }

    @Schema(name = "SessionResultLine")
    public record ResultLine(UUID dossierId, String clusterName, @Schema(example = "ECONOMIC_CLUSTER") String scheme,
            @Schema(example = "VALIDATED", enumeration = {"VALIDATED", "REJECTED", "PENDING"}) String outcome) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CELLULE, Roles.REGION, Roles.COMITE_SECRETARIAT})
    @Operation(operationId = "getSession", summary = "A session with the dossiers on its agenda", description = "Roles: CELLULE, REGION, COMITE_SECRETARIAT. "
            + "Each dossier with its name, scheme and current status.")
    @APIResponse(responseCode = "200", description = "The session and its dossiers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionAgendaResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public SessionAgendaResponse read(@PathParam("id") UUID id) {
        GetCallsQuery.SessionAgenda agenda = query.session(id);
        return new SessionAgendaResponse(SessionResponse.of(agenda.session()), agenda.dossiers().stream()
                .map(d -> new ScheduledDossierResponse(d.dossierId(), d.name(), d.scheme().name(), d.status(), d.snapshotVersion(),
                        d.manual())).toList());
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "publishSessionResults", summary = "Publish the session's results", description = "Role: CELLULE. On or after the meeting day, once: one line "
            + "per dossier on the agenda (withdrawn ones left out) with the Region's decision on the snapshot examined — VALIDATED, "
            + "REJECTED, or PENDING while undecided. The list is then frozen and readable without a token; publishes "
            + "SessionResultsPublished. A second publication is refused (409 `ALREADY_PUBLISHED`): results are never re-issued.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultsResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published, or the meeting has not taken place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResultsResponse publish(@PathParam("id") UUID id) {
        return ResultsResponse.of(publication.publishResults(id, user.id()));
    }
}
