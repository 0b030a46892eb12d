package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetMembershipQuery;
import be.wallonie.clusters.registry.application.port.in.RecordMembershipChangeUseCase;
import be.wallonie.clusters.registry.application.port.in.RecordMembershipChangeUseCase.CorrectCommand;
import be.wallonie.clusters.registry.application.port.in.RecordMembershipChangeUseCase.JoinCommand;
import be.wallonie.clusters.registry.application.port.in.RecordMembershipChangeUseCase.LeaveCommand;
import be.wallonie.clusters.registry.application.port.in.RecordMembershipChangeUseCase.Recorded;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.membership.MembershipEntry;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

/** A validated cluster's membership over time: the members on a day, the history, joins, leaves and corrections. */
@Path("/api/v1/dossiers/{id}/membership")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Membership", description = "A validated cluster's members over time: joins and leaves with dates, who recorded them")
@SecurityRequirement(name = "SecurityScheme")
public class MembershipResource {

    static final int MAX_SIZE = 100;
    private static final String REFUSALS = "400: a missing or invalid field (every one named); 404: no such dossier; 409 "
            + "`membership-refused` with `code` NOT_A_RECOGNISED_CLUSTER, BEFORE_AGREMENT, AFTER_AGREMENT, IN_THE_FUTURE, "
            + "ALREADY_A_MEMBER, NOT_A_MEMBER, LEAVE_NOT_AFTER_JOIN, CORE_GROUP_WITHOUT_ENTERPRISE or ENTRY_NOT_CORRECTABLE; 412 when "
            + "`If-Match` (optional: the ledger version, the ETag of the GETs) is stale. A refusal records nothing.";

    private final RecordMembershipChangeUseCase record;
    private final GetMembershipQuery query;
    private final CurrentUser user;

    MembershipResource(RecordMembershipChangeUseCase record, GetMembershipQuery query, CurrentUser user) {
        this.record = record;
        this.query = query;
        this.user = user;
    }

    @Schema(name = "ClusterMember", description = "A member on the day, its organisation as registered now")
    public record MemberResponse(UUID organisationId, @Schema(example = "Scierie du Condroz SA") String name,
            @Schema(example = "ENTERPRISE") OrganisationKind kind, @Schema(example = "SMALL") SizeClass sizeClass,
            @Schema(example = "MEMBER") MemberRole role, @Schema(example = "2027-01-01") LocalDate joinedOn,
            @Schema(description = "The day it leaves (no longer a member that day), when already recorded") LocalDate leftOn,
            @Schema(description = "Agreed to be listed in the public register") boolean listed,
            @Schema(description = "The join entry (to correct it)") UUID joinEntryId) {
    }

    @Schema(name = "ClusterMembersOnDay")
    public record MembersResponse(@Schema(example = "2027-06-30") LocalDate on, @Schema(example = "3") int count,
            List<MemberResponse> members) {
    }

    @Schema(name = "MembershipEntry", description = "One entry of the ledger, never changed once written")
    public record EntryResponse(UUID id, @Schema(example = "4") int sequence, @Schema(example = "JOIN") MembershipEntry.Kind kind,
            UUID organisationId, @Schema(description = "JOIN: the role; CORRECTION: the restated role, else null") MemberRole role,
            @Schema(description = "JOIN: first day a member; LEAVE: first day no longer a member; CORRECTION: the restated day")
            LocalDate day,
            @Schema(description = "JOIN: agreed to be listed publicly; CORRECTION: the restated consent") Boolean listed,
            @Schema(description = "JOIN: a note; LEAVE and CORRECTION: the reason") String note,
            @Schema(description = "CORRECTION: the entry corrected") UUID correctsEntryId,
            @Schema(description = "CORRECTION: the entry corrected is void") boolean voids,
            @Schema(example = "cellule-1", description = "Who recorded it; `system` for the members of the validated snapshot")
            String recordedBy, Instant recordedAt) {

        static EntryResponse of(MembershipEntry e) {
            return new EntryResponse(e.id(), e.sequence(), e.kind(), e.organisationId(), e.role(), e.day(), e.listed(), e.note(),
                    e.correctsEntryId(), e.voids(), e.recordedBy(), e.recordedAt());
        }
    }

    @Schema(name = "MembershipHistory", description = "Every entry, in the order recorded")
    public record HistoryResponse(List<EntryResponse> items, int page, int size, long total) {
    }

    @Schema(name = "MembershipJoin")
    public record JoinRequest(UUID organisationId, @Schema(example = "MEMBER") MemberRole role,
            @Schema(example = "2027-03-01", description = "First day a member: not before the first agrément, not after today") LocalDate day,
            @Schema(description = "Agreed to be listed in the public register (default false)") Boolean listed,
            @Schema(example = "Adhésion votée par l'assemblée du 28 février") String note) {
    }

    @Schema(name = "MembershipLeave")
    public record LeaveRequest(UUID organisationId,
            @Schema(example = "2027-09-30", description = "First day no longer a member") LocalDate day,
            @Schema(example = "Cessation d'activité") String reason) {
    }

    @Schema(name = "MembershipCorrection", description = "Restates the day, role or consent of a JOIN or LEAVE entry (what is "
            + "null is unchanged), or voids it; always with a reason")
    public record CorrectionRequest(UUID entryId, LocalDate day, MemberRole role, Boolean listed, Boolean voids,
            @Schema(example = "Date d'adhésion erronée : le 1er mars, pas le 1er février") String reason) {
    }

    @Schema(name = "MembershipRecorded")
    public record RecordedResponse(EntryResponse entry, @Schema(description = "The ledger's version now (also the ETag)") int version) {
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listMembersOnDay", summary = "The cluster's members on a day", description = "Roles: APPLICANT (acting "
            + "for the dossier), CELLULE, REGION. The members on `on` (default today, Brussels), as the ledger says after "
            + "corrections; ETag = the ledger's version.")
    @APIResponse(responseCode = "200", description = "The members that day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembersResponse.class)))
    @APIResponse(responseCode = "400", description = "`on` is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response members(@PathParam("id") UUID id,
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("on") String on) {
        GetMembershipQuery.MembersOnDay found = query.membersOn(new DossierId(id), day(on), Callers.of(user));
        List<MemberResponse> members = found.members().stream().map(m -> new MemberResponse(m.membership().organisationId(), m.name(),
                m.kind(), m.sizeClass(), m.membership().role(), m.membership().joinedOn(), m.membership().leftOn(),
                m.membership().listed(), m.membership().joinEntryId())).toList();
        return Response.ok(new MembersResponse(found.day(), members.size(), members)).tag(ETags.of(found.ledgerVersion())).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getMembershipHistory", summary = "The cluster's membership history", description = "Roles: APPLICANT "
            + "(acting for the dossier), CELLULE, REGION. Every entry — the initial members (recorded by `system` at the first "
            + "agrément), joins, leaves, corrections — with who recorded it and when, in the order recorded; paginated.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response history(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("page ≥ 0 et 1 ≤ size ≤ %d", "page ≥ 0 and 1 ≤ size ≤ %d").formatted(MAX_SIZE),
                    List.of(new FieldProblem(page < 0 ? "page" : "size", "page ≥ 0, 1 ≤ size ≤ " + MAX_SIZE)), null);
        }
        GetMembershipQuery.History found = query.history(new DossierId(id), page, size, Callers.of(user));
        return Response.ok(new HistoryResponse(found.items().stream().map(EntryResponse::of).toList(), found.page(), found.size(),
                found.total())).tag(ETags.of(found.ledgerVersion())).build();
    }

    @POST
    @Path("/joins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "recordMembershipJoin", summary = "Record that an organisation joined the cluster", description = "Roles: "
            + "APPLICANT (acting for the dossier), CELLULE. A registered organisation, its role (CORE_GROUP, MEMBER, SUPPORT), the "
            + "day, whether it agreed to be listed publicly (default false), a note. " + REFUSALS)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequest.class),
            examples = @ExampleObject(name = "join", value = """
                    {"organisationId": "6f1c2a9e-8d7b-4f3e-9a51-2b3c4d5e6f70", "role": "MEMBER", "day": "2027-03-01", "listed": true,
                     "note": "Adhésion votée par l'assemblée du 28 février"}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedResponse.class)))
    @APIResponse(responseCode = "409", description = "A rule refuses it (see `code`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response join(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull JoinRequest r) {
        return recorded(record.join(new JoinCommand(new DossierId(id), ETags.expectedVersion(ifMatch), r.organisationId(), r.role(),
                r.day(), Boolean.TRUE.equals(r.listed()), r.note(), Callers.of(user))));
    }

    @POST
    @Path("/leaves")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "recordMembershipLeave", summary = "Record that an organisation left the cluster", description = "Roles: "
            + "APPLICANT (acting for the dossier), CELLULE. The organisation, the day (the first day it is no longer a member) and "
            + "the reason; the core group keeps at least one enterprise. " + REFUSALS)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeaveRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedResponse.class)))
    @APIResponse(responseCode = "409", description = "A rule refuses it (see `code`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response leave(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull LeaveRequest r) {
        return recorded(record.leave(new LeaveCommand(new DossierId(id), ETags.expectedVersion(ifMatch), r.organisationId(), r.day(),
                r.reason(), Callers.of(user))));
    }

    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "correctMembershipEntry", summary = "Correct a wrong membership entry", description = "Roles: "
            + "APPLICANT (acting for the dossier), CELLULE. A new entry, never an edit: it restates the day, the role or the "
            + "consent to be listed of a JOIN (the day of a LEAVE), or voids the entry (`voids: true`); the reason is required. "
            + "A member's consent to be listed publicly is given or withdrawn this way. " + REFUSALS)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedResponse.class)))
    @APIResponse(responseCode = "409", description = "A rule refuses it (see `code`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull CorrectionRequest r) {
        return recorded(record.correct(new CorrectCommand(new DossierId(id), ETags.expectedVersion(ifMatch), r.entryId(), r.day(),
                r.role(), r.listed(), Boolean.TRUE.equals(r.voids()), r.reason(), Callers.of(user))));
    }

    private static Response recorded(Recorded r) {
        return Response.status(Response.Status.CREATED).tag(ETags.of(r.ledgerVersion()))
                .entity(new RecordedResponse(EntryResponse.of(r.entry()), r.ledgerVersion())).build();
    }

    private static LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, LocalizedText.of("Date illisible : %s", "Unreadable date: %s")
                    .formatted(on), List.of(new FieldProblem("on", "YYYY-MM-DD")), null);
        }
    }
}
