package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.adapter.in.rest.ComiteSessionDtos.AgendaRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ComiteSessionDtos.AttendanceRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ComiteSessionDtos.MinutesRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ComiteSessionDtos.PlanRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ComiteSessionDtos.RecusalsRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ComiteSessionDtos.SessionPage;
import be.wallonie.clusters.evaluation.adapter.in.rest.ComiteSessionDtos.SessionResponse;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.CloseComiteSessionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.ComiteSessionFilter;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.PlanComiteSessionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.Reader;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.RecordAttendanceCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.RecordRecusalsCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.SetAgendaCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.WriteMinutesCommand;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.GetExpertQuery;
import be.wallonie.clusters.evaluation.application.port.in.ReadComiteSessionsQuery;
import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.in.RecordComiteSessionUseCase;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The records of the Comité's quarterly selection sessions (000_… III.3). An EXPERT token's subject is the userId of an
 * expert record (see ExpertResource): an expert reads the sessions it attended; the Region and the Cellule read closed records only.
 */
@Path("/api/v1/comite-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comité sessions", description = "The record of each selection meeting: agenda, experts present, recusals, minutes; "
        + "closing it publishes its results (ComiteSessionClosed)")
@SecurityRequirement(name = "SecurityScheme")
public class ComiteSessionResource {

    static final String IF_MATCH_DOC = "If-Match with the ETag last read is required: 428 without it, 412 if the record changed "
            + "since. A closed record refuses every change (409).";

    private final RecordComiteSessionUseCase record;
    private final ReadComiteSessionsQuery read;
    private final CurrentUser user;
    private final GetExpertQuery experts;

    ComiteSessionResource(RecordComiteSessionUseCase record, ReadComiteSessionsQuery read, CurrentUser user, GetExpertQuery experts) {
        this.experts = experts;
        this.record = record;
        this.read = read;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "openComiteSession", summary = "Open the record of a selection meeting", description = "Roles: COMITE_SECRETARIAT. The record starts "
            + "open and empty, at version 0.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "december", value = "{\"meetingDate\": \"2026-12-10\", \"registrySessionId\": "
                    + "\"5b0c1d7e-3a57-4d7e-8f8c-0a3c2f6f9b21\"}")))
    @APIResponse(responseCode = "201", description = "Opened", headers = {@Header(name = "Location", description = "Its address"),
        @Header(name = "ETag", description = "Its version")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or unreadable meeting date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response plan(@NotNull @Valid PlanRequest request, @Context UriInfo uri) {
        ComiteSession s = record.planSession(new PlanComiteSessionCommand(request.meetingDate(), request.registrySessionId(), user.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build()).tag(ETags.of(s.version()))
                .entity(SessionResponse.of(s)).build();
    }

    @GET
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "listComiteSessions", summary = "List session records", description = "Roles: COMITE_SECRETARIAT (all), EXPERT (the sessions it attended), "
            + "REGION and CELLULE (closed records only, their published results: no attendance, recusals or minutes). Filters: `status`, meeting date in [`from`, `to`). Newest meeting first; "
            + "`page` is 0-based, `size` 1 to 100 (default 20).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the page is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionPage list(@Parameter(schema = @Schema(implementation = ComiteSession.Status.class)) @QueryParam("status") String status,
            @Parameter(description = "First meeting day (inclusive)", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last meeting day (exclusive)", example = "2027-01-01") @QueryParam("to") String to,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        Reader reader = reader();
        return SessionPage.of(read.sessions(new ComiteSessionFilter(QueryParams.enumeration("status", status, ComiteSession.Status.class),
                QueryParams.date("from", from), QueryParams.date("to", to), reader,
                QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE), QueryParams.integer("size", size, Page.DEFAULT_SIZE, 1,
                        Page.MAX_SIZE))), reader.closedOnly());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "getComiteSession", summary = "Read a session record", description = "Roles: COMITE_SECRETARIAT, EXPERT (attended), REGION and CELLULE "
            + "(closed; the published results only: per item the case, the dossier and whether an opinion was reached — no attendance, "
            + "recusals or minutes; an EXPERT reads only their own recusals). A record the caller may not read answers 404. The ETag is the version.")
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such record (or not readable by the caller)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Reader reader = reader();
        ComiteSession s = read.session(id, reader);
        return Response.ok(SessionResponse.of(s, reader.closedOnly())).tag(ETags.of(s.version())).build();
    }

    @PUT
    @Path("/{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "setComiteSessionAgenda", summary = "Set the agenda", description = "Roles: COMITE_SECRETARIAT. The evaluation cases examined, in order; each "
            + "must exist in this service and be on no other open session (409). Items kept keep their recusals. " + IF_MATCH_DOC)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaRequest.class),
            examples = @ExampleObject(name = "two-cases", value = "{\"caseIds\": [\"0f8fad5b-d9cb-469f-a165-70867728950e\", "
                    + "\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"]}")))
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown case (named in `errors`), a case listed twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is closed, or a case is on another open session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match; the ETag header gives the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setAgenda(@PathParam("id") UUID id, @Parameter(description = "The ETag last read", required = true, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AgendaRequest request) {
        return answer(record.setAgenda(new SetAgendaCommand(id, ETags.requiredVersion(ifMatch), request.caseIds())));
    }

    @PUT
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "recordComiteSessionAttendance", summary = "Record the experts present", description = "Roles: COMITE_SECRETARIAT. Expert ids (the expert register's); "
            + "an expert with a recusal must stay present. " + IF_MATCH_DOC)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttendanceRequest.class),
            examples = @ExampleObject(name = "three-experts", value = "{\"expertIds\": [\"3f1e2d4c-5b6a-4789-8abc-def012345678\", "
                    + "\"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\", \"11223344-5566-4778-8899-aabbccddeeff\"]}")))
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "An expert listed twice, or dropping an expert who recused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordAttendance(@PathParam("id") UUID id, @Parameter(description = "The ETag last read", required = true)
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AttendanceRequest request) {
        return answer(record.recordAttendance(new RecordAttendanceCommand(id, ETags.requiredVersion(ifMatch), request.expertIds())));
    }

    @PUT
    @Path("/{id}/agenda/{caseId}/recusals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "recordAgendaItemRecusals", summary = "Record the recusals of an agenda item", description = "Roles: COMITE_SECRETARIAT. Replaces the item's "
            + "recusals: each an expert present, once, with a reason. " + IF_MATCH_DOC)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecusalsRequest.class),
            examples = @ExampleObject(name = "one-recusal", value = "{\"recusals\": [{\"expertId\": \"3f1e2d4c-5b6a-4789-8abc-def012345678\", "
                    + "\"reason\": \"Ancien administrateur d'une entreprise membre\"}]}")))
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Case not on the agenda, expert absent or twice, reason missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordRecusals(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RecusalsRequest request) {
        return answer(record.recordRecusals(new RecordRecusalsCommand(id, caseId, ETags.requiredVersion(ifMatch),
                request.recusals().stream().map(r -> new ComiteSession.Recusal(r.expertId(), r.reason())).toList(), user.id())));
    }

    @PUT
    @Path("/{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "writeComiteSessionMinutes", summary = "Write the minutes", description = "Roles: COMITE_SECRETARIAT. Replaces the text. " + IF_MATCH_DOC)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinutesRequest.class),
            examples = @ExampleObject(name = "minutes", value = "{\"text\": \"Séance ouverte à 9 h 30. Trois experts présents. "
                    + "Dossier Cluster Bois : avis favorable.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "The session is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response writeMinutes(@PathParam("id") UUID id, @Parameter(description = "The ETag last read", required = true)
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MinutesRequest request) {
        return answer(record.writeMinutes(new WriteMinutesCommand(id, ETags.requiredVersion(ifMatch), request.text())));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "closeComiteSession", summary = "Close the session and publish its results", description = "Roles: COMITE_SECRETARIAT. Needs an agenda, "
            + "the experts present and the minutes. Fixes, per item, whether the Comité's opinion on the case has been issued "
            + "and publishes ComiteSessionClosed on evaluation.events in the same transaction; the record is immutable "
            + "afterwards. " + IF_MATCH_DOC)
    @APIResponse(responseCode = "200", description = "Closed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Already closed, or the record is incomplete (named in the detail)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@PathParam("id") UUID id, @Parameter(description = "The ETag last read", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        return answer(record.closeSession(new CloseComiteSessionCommand(id, ETags.requiredVersion(ifMatch), user.id())));
    }

    private Reader reader() {
        if (user.hasRole(Roles.COMITE_SECRETARIAT)) {
            return Reader.secretariat();
        }
        if (user.hasRole(Roles.EXPERT)) {
            try {
                return Reader.expert(experts.expertOfUser(user.id()).expert().id());
            } catch (Refusal notAnExpert) {
                // an EXPERT account linked to no expert record attends nothing
                return new Reader(false, null, false);
            }
        }
        return Reader.closedRecords();
    }

    private static Response answer(ComiteSession s) {
        return Response.ok(SessionResponse.of(s)).tag(ETags.of(s.version())).build();
    }
}
