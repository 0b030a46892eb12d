package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetCallsQuery;
import be.wallonie.clusters.registry.application.port.in.ManageCallsUseCase;
import be.wallonie.clusters.registry.application.port.in.OpenCallCommand;
import be.wallonie.clusters.registry.domain.call.Call;
import be.wallonie.clusters.registry.domain.call.SelectionSession;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The call (concours) the Cellule organises, with its generated selection sessions. */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls and sessions", description = "The call (concours): continuous submission, a selection session every three months")
@SecurityRequirement(name = "SecurityScheme")
public class CallResource {

    static final int MAX_SIZE = 100;

    private final ManageCallsUseCase manage;
    private final GetCallsQuery query;
    private final CurrentUser user;

    CallResource(ManageCallsUseCase manage, GetCallsQuery query, CurrentUser user) {
        this.manage = manage;
        this.query = query;
        this.user = user;
    }

    @Schema(name = "CallRequest", description = "A new call; absent closing day, interval and cut-off take the configured defaults "
            + "(one year, 3 months, 30 days)")
    public record CallRequest(@Schema(example = "Concours clusters 2027", maxLength = 200) String title,
            @Schema(example = "[\"ECONOMIC_CLUSTER\"]") List<Scheme> schemes,
            @Schema(example = "2027-01-01") LocalDate openingDate,
            @Schema(example = "2027-12-31", description = "Last day of submission; default: the day before the opening's anniversary")
            LocalDate closingDate,
            @Schema(example = "3", minimum = "1", maximum = "12") Integer sessionIntervalMonths,
            @Schema(example = "30", minimum = "0", maximum = "365", description = "A dossier submitted up to this many days before "
                    + "a session is examined there") Integer cutOffDays) {
    }

    @Schema(name = "CallChange", description = "The new closing day of the call")
    public record CallChangeRequest(@NotNull @Schema(example = "2028-03-31") LocalDate closingDate) {
    }

    @Schema(name = "SelectionSession")
    public record SessionResponse(UUID id, UUID callId, @Schema(example = "1") int number, @Schema(example = "2027-04-01") LocalDate sessionDate,
            @Schema(example = "2027-03-02", description = "Dossiers submitted up to this day are examined at this session")
            LocalDate cutOffDate, boolean published, Instant publishedAt) {

        static SessionResponse of(SelectionSession s) {
            return new SessionResponse(s.id(), s.callId(), s.number(), s.date(), s.cutOff(), s.published(), s.publishedAt());
        }
    }

    @Schema(name = "Call")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CallResponse(UUID id, String title, List<String> schemes, LocalDate openingDate, LocalDate closingDate,
            int sessionIntervalMonths, int cutOffDays, @Schema(example = "OPEN") String status, long version, String createdBy,
            Instant createdAt, @Schema(description = "The sessions (in the call's detail only)") List<SessionResponse> sessions) {

        static CallResponse of(Call c, List<SelectionSession> sessions) {
            return new CallResponse(c.id(), c.title(), c.schemes().stream().map(Enum::name).sorted().toList(), c.opening(), c.closing(),
                    c.sessionIntervalMonths(), c.cutOffDays(), c.status().name(), c.version(), c.createdBy(), c.createdAt(),
                    sessions == null ? null : sessions.stream().map(SessionResponse::of).toList());
        }
    }

    @Schema(name = "CallPage")
    public record CallPageResponse(List<CallResponse> items, int page, int size, long total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "openCall", summary = "Open a call", description = "Role: CELLULE. Continuous submission from the opening to the closing day "
            + "(default one year) for the schemes covered; a selection session every `sessionIntervalMonths` (default 3) from the "
            + "opening, until the first session whose cut-off is on or after the closing day (so the last session usually meets "
            + "after the closing, to examine the last submissions). Two open calls covering the same scheme on overlapping dates "
            + "are refused (409 `OVERLAPPING_CALL`).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallRequest.class),
            examples = @ExampleObject(name = "yearly-call", value = """
                    {"title": "Concours clusters 2027", "schemes": ["ECONOMIC_CLUSTER"], "openingDate": "2027-01-01"}""")))
    @APIResponse(responseCode = "201", description = "Opened, with its sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid call: every offending field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Cellule organises the call", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another open call covers the same scheme on overlapping dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@NotNull CallRequest r, @Context UriInfo uri) {
        Set<Scheme> schemes = r.schemes() == null || r.schemes().isEmpty() ? Set.of() : EnumSet.copyOf(r.schemes());
        Call call = manage.openCall(new OpenCallCommand(r.title(), schemes, r.openingDate(), r.closingDate(), r.sessionIntervalMonths(),
                r.cutOffDays(), user.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(call.id().toString()).build()).tag(ETags.of(call.version()))
                .entity(CallResponse.of(call, query.sessions(call.id()))).build();
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION, Roles.COMITE_SECRETARIAT})
    @Operation(operationId = "searchCalls", summary = "Search the calls", description = "Roles: APPLICANT, CELLULE, REGION, COMITE_SECRETARIAT. Filters: "
            + "`openOn` (calls accepting submissions that day), `scheme`; latest opening first; paginated.")
    @APIResponse(responseCode = "200", description = "A page of calls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallPageResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown scheme, unreadable date or page out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CallPageResponse search(@Parameter(example = "2027-03-15") @QueryParam("openOn") String openOn,
            @Parameter(example = "ECONOMIC_CLUSTER") @QueryParam("scheme") String scheme,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("page ≥ 0 et 1 ≤ size ≤ %d", "page ≥ 0 and 1 ≤ size ≤ %d").formatted(MAX_SIZE),
                    List.of(new FieldProblem(page < 0 ? "page" : "size", "page ≥ 0, 1 ≤ size ≤ " + MAX_SIZE)), null);
        }
        GetCallsQuery.CallPage found = query.calls(date(openOn), scheme(scheme), page, size);
        return new CallPageResponse(found.items().stream().map(c -> CallResponse.of(c, null)).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION, Roles.COMITE_SECRETARIAT})
    @Operation(operationId = "getCall", summary = "Read a call with its sessions", description = "Roles: APPLICANT, CELLULE, REGION, COMITE_SECRETARIAT. "
            + "The ETag is the call's version.")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "404", description = "No such call", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        Call call = query.call(id);
        return Response.ok(CallResponse.of(call, query.sessions(id))).tag(ETags.of(call.version())).build();
    }

    @GET
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION, Roles.COMITE_SECRETARIAT})
    @Operation(operationId = "listCallSessions", summary = "The call's selection sessions", description = "Roles: APPLICANT, CELLULE, REGION, COMITE_SECRETARIAT. "
            + "In date order, with each session's cut-off and whether its results are published.")
    @APIResponse(responseCode = "200", description = "The sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse[].class)))
    @APIResponse(responseCode = "404", description = "No such call", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public List<SessionResponse> sessions(@PathParam("id") UUID id) {
        return query.sessions(id).stream().map(SessionResponse::of).toList();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "moveCallClosingDay", summary = "Move the call's closing day", description = "Role: CELLULE. Until the current closing day has passed, "
            + "to a day not yet past; the sessions are recomputed (an extension adds sessions; a shortening may only drop sessions "
            + "with no dossier and no results). If-Match is required.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallChangeRequest.class),
            examples = @ExampleObject(name = "extension", value = "{\"closingDate\": \"2028-03-31\"}")))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid closing day", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The call is closed or cancelled, overlaps another, or sessions in use would be dropped",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The call changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull CallChangeRequest r) {
        long expected = ETags.requiredVersion(ifMatch);
        Call call = manage.changeClosingDate(id, expected, r.closingDate(), user.id());
        return Response.ok(CallResponse.of(call, query.sessions(id))).tag(ETags.of(call.version())).build();
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "cancelCall", summary = "Cancel the call", description = "Role: CELLULE. The call schedules no more submissions; dossiers already "
            + "on a session's agenda stay there. If-Match is required.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Call call = manage.cancelCall(id, ETags.requiredVersion(ifMatch), user.id());
        return Response.ok(CallResponse.of(call, query.sessions(id))).tag(ETags.of(call.version())).build();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, LocalizedText.of("Date illisible : %s", "Unreadable date: %s")
                    .formatted(value), List.of(new FieldProblem("openOn", "AAAA-MM-JJ / YYYY-MM-DD")), null);
        }
    }

    private static Scheme scheme(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Scheme.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Valeur inconnue pour scheme : %s", "Unknown value for scheme: %s").formatted(value),
                    List.of(new FieldProblem("scheme", Arrays.toString(Scheme.values()))), null);
        }
    }
}
