package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.DeclarationRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.DeclarationResponse;
import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.ExpertPageResponse;
import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.ExpertRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.ExpertResponse;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.Caller;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.EndInterestCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.EndInterestUseCase;
import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.InterestDto;
import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.InterestEndingRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.ExpertDtos.InterestEndingResponse;
import be.wallonie.clusters.evaluation.domain.expert.InterestEnding;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.DeclareInterestsCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.DeclareInterestsUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertSearch;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertView;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.GetExpertQuery;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.RegisterExpertCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.RegisterExpertUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.UpdateExpertCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.UpdateExpertUseCase;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.AssignmentFilter;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.ReadMyAssignmentsQuery;
import be.wallonie.clusters.evaluation.domain.worklist.SheetState;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experts", description = "The Comité's experts, their affiliations, declarations of interests and detected conflicts")
@SecurityRequirement(name = "SecurityScheme")
public class ExpertResource {

    static final String EXAMPLE_FOREIGN_EXPERT = """
            {
              "userId": "expert-anna-keller",
              "name": "Anna Keller",
              "country": "DE",
              "domains": ["éco-construction", "matériaux biosourcés"],
              "regionalDevelopmentSpecialist": false,
              "publicAuthorityStaff": false,
              "affiliations": [
                {"enterpriseNumber": "0812.345.603", "organisationName": "Bois & Ossature du Condroz SRL", "role": "consultante",
                 "from": "2012-01-01", "to": "2016-06-30"}
              ]
            }""";
    static final String EXAMPLE_DECLARATION = """
            {
              "statement": "Je déclare sur l'honneur n'avoir aucun autre lien avec une organisation membre d'un cluster wallon.",
              "interests": [{"enterpriseNumber": "0812.345.603", "organisationName": "Bois & Ossature du Condroz SRL",
                             "nature": "actionnaire minoritaire"}]
            }""";

    private final RegisterExpertUseCase register;
    private final UpdateExpertUseCase update;
    private final DeclareInterestsUseCase declare;
    private final GetExpertQuery get;
    private final CurrentUser user;
    private final EndInterestUseCase endInterest;
    private final ReadMyAssignmentsQuery assignments;

    ExpertResource(RegisterExpertUseCase register, UpdateExpertUseCase update, DeclareInterestsUseCase declare, GetExpertQuery get,
            CurrentUser user, EndInterestUseCase endInterest, ReadMyAssignmentsQuery assignments) {
        this.endInterest = endInterest;
        this.assignments = assignments;
        this.register = register;
        this.update = update;
        this.declare = declare;
        this.get = get;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "createExpert", summary = "Register an expert", description = "Role: COMITE_SECRETARIAT. `userId` links the expert to the token "
            + "subject an EXPERT user signs in with (unique). Affiliations are checked (enterprise number mod-97). The answer "
            + "lists the conflicts of interest detected today (domain.md §4).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExpertRequest.class),
            examples = @ExampleObject(name = "foreign-expert", summary = "A German expert in eco-construction", value = EXAMPLE_FOREIGN_EXPERT)))
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid expert: every offending field in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The userId is already linked to another expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull ExpertRequest request, @Context UriInfo uri, @Context HttpHeaders headers) {
        ExpertView v = register.registerExpert(new RegisterExpertCommand(request.toForm(), user.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(v.expert().id().toString()).build())
                .tag(ETags.of(v.expert().version())).entity(ExpertResponse.of(v, Problems.english(headers))).build();
    }

    @GET
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "searchExperts", summary = "Search experts", description = "Role: COMITE_SECRETARIAT. Filters combine (AND); sorted by name then id; "
            + "`page` is 0-based, `size` 1 to 100 (default 20).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A filter or the page is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertPageResponse search(
            @Parameter(description = "A domain of competence, case-insensitive", example = "éco-construction") @QueryParam("domain") String domain,
            @Parameter(description = "ISO 3166-1 alpha-2 country", example = "FR") @QueryParam("country") String country,
            @Parameter(description = "Only (true) or no (false) regional-development specialists",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("regionalDevelopmentSpecialist") String specialist,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        ExpertSearch s = new ExpertSearch(domain == null || domain.isBlank() ? null : domain.strip(), QueryParams.country("country", country),
                QueryParams.bool("regionalDevelopmentSpecialist", specialist), QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE));
        return ExpertPageResponse.of(get.searchExperts(s), Problems.english(headers));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "getMyExpertProfile", summary = "The expert I am", description = "Role: EXPERT. The expert record whose userId is the token's subject.")
    @APIResponse(responseCode = "200", description = "The expert", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertResponse.class)))
    @APIResponse(responseCode = "404", description = "The account is linked to no expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response me(@Context HttpHeaders headers) {
        ExpertView v = get.expertOfUser(user.id());
        return Response.ok(ExpertResponse.of(v, Problems.english(headers))).tag(ETags.of(v.expert().version())).build();
    }

    @GET
    @Path("/me/assignments")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "listMyAssignments", summary = "My assignments: the panels I sit (or sat) on and what I have to do there",
            description = "Role: EXPERT (the expert record whose userId is the token's subject: an expert lists only their own "
                    + "seats; a case they are not seated on never appears). One item per seat, removed seats included, with the "
                    + "expert's own sheet's state: DECLARATION_TO_SIGN, SCORES_TO_GIVE (none or a draft: `draftSaved`), SUBMITTED, "
                    + "VOIDED (removed from the panel — conflict detected later, replaced, recused — with the removal's reason; the "
                    + "sheet, if any, is void) or ROUND_CLOSED (still seated, nothing submitted, the round superseded, withdrawn or "
                    + "returned). Nothing of the other experts. Filter `state`; newest appointment first, then seat; `page` is "
                    + "0-based, `size` 1 to 100 (default 20); `total` counts every matching item.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorklistDtos.AssignmentPage.class),
                    examples = @ExampleObject(name = "to-sign", value = """
                            {"items": [{"caseId": "0f8fad5b-d9cb-469f-a165-70867728950e", "dossierId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                              "round": 1, "clusterName": "TWEED", "caseStatus": "OPEN", "state": "DECLARATION_TO_SIGN",
                              "appointedAt": "2026-11-03T10:00:00Z", "declaredAt": null, "draftSaved": false, "submittedAt": null,
                              "removedAt": null, "removalCode": null,
                              "reason": "Signez la déclaration d'absence de conflit d'intérêts pour ce dossier"}],
                             "page": 0, "size": 20, "total": 1}""")))
    @APIResponse(responseCode = "400", description = "A filter or the page is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or the account is linked to no expert (NOT_AN_EXPERT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorklistDtos.AssignmentPage myAssignments(
            @Parameter(schema = @Schema(implementation = SheetState.class)) @QueryParam("state") String state,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        AssignmentFilter filter = new AssignmentFilter(QueryParams.enumeration("state", state, SheetState.class),
                QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE), QueryParams.integer("size", size, Page.DEFAULT_SIZE, 1,
                        Page.MAX_SIZE));
        return WorklistDtos.AssignmentPage.of(assignments.assignmentsOf(user.id(), filter), Problems.english(headers));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "getExpert", summary = "Read an expert", description = "Roles: COMITE_SECRETARIAT (any expert), EXPERT (only themself: another "
            + "expert answers 404). With the conflicts detected today; the ETag is the version.")
    @APIResponse(responseCode = "200", description = "The expert", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertResponse.class)))
    @APIResponse(responseCode = "404", description = "No such expert (or not the caller)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        ExpertView v = get.expert(id, caller());
        return Response.ok(ExpertResponse.of(v, Problems.english(headers))).tag(ETags.of(v.expert().version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "updateExpert", summary = "Update an expert", description = "Role: COMITE_SECRETARIAT. Replaces the whole record; If-Match with the "
            + "ETag last read is required (428 without, 412 if stale). A conflict the change reveals removes the expert from the "
            + "panels of cases without an opinion and voids their scores there.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExpertRequest.class),
            examples = @ExampleObject(name = "foreign-expert", summary = "The German expert", value = EXAMPLE_FOREIGN_EXPERT)))
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the version named by If-Match (the ETag header gives the current one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull ExpertRequest request, @Context HttpHeaders headers) {
        long expected = ETags.requiredVersion(ifMatch);
        ExpertView v = update.updateExpert(new UpdateExpertCommand(id, request.toForm(), expected, user.id()));
        return Response.ok(ExpertResponse.of(v, Problems.english(headers))).tag(ETags.of(v.expert().version())).build();
    }

    @POST
    @Path("/{id}/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "signDeclarationOfInterests", summary = "Sign a declaration of interests", description = "Role: EXPERT (only their own record). Append-only: each "
            + "declaration is a new signed (token subject) and timestamped record; it adds interests but removes none: an interest "
            + "stands until the secretariat records its end (POST /{id}/interest-endings). "
            + "A declared link to a member of any known cluster makes the expert ineligible and removes them from open panels.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclarationRequest.class),
            examples = @ExampleObject(name = "one-interest", summary = "A minority shareholding", value = EXAMPLE_DECLARATION)))
    @APIResponse(responseCode = "201", description = "Signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid declaration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the expert's own record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response declare(@PathParam("id") UUID id, @NotNull DeclarationRequest request, @Context UriInfo uri) {
        var d = declare.declareInterests(new DeclareInterestsCommand(id, user.id(), request.statement(), request.forms()));
        return Response.created(uri.getAbsolutePathBuilder().path(d.id().toString()).build()).entity(DeclarationResponse.of(d)).build();
    }

    @GET
    @Path("/{id}/declarations")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "listDeclarationsOfInterests", summary = "The expert's declarations of interests, newest first",
            description = "Roles: COMITE_SECRETARIAT, EXPERT (only their own).")
    @APIResponse(responseCode = "200", description = "The declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse[].class)))
    @APIResponse(responseCode = "404", description = "No such expert (or not the caller)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeclarationResponse> declarations(@PathParam("id") UUID id) {
        return get.declarations(id, caller()).stream().map(DeclarationResponse::of).toList();
    }

    @GET
    @Path("/{id}/interests")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "listStandingInterests", summary = "The expert's standing interests", description = "Roles: COMITE_SECRETARIAT, EXPERT (only their own). An "
            + "interest, once declared, stands until the secretariat records that it ended; a newer declaration leaving it out "
            + "does not remove it.")
    @APIResponse(responseCode = "200", description = "The standing interests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterestDto[].class)))
    @APIResponse(responseCode = "404", description = "No such expert (or not the caller)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<InterestDto> interests(@PathParam("id") UUID id) {
        return endInterest.standingInterests(id, caller()).stream()
                .map(i -> new InterestDto(i.enterpriseNumber(), i.organisationName(), i.nature(), i.country())).toList();
    }

    @POST
    @Path("/{id}/interest-endings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "recordInterestEnding", summary = "Record that a declared interest ended", description = "Role: COMITE_SECRETARIAT. Append-only: the "
            + "day the link ended, why, and who recorded it (token subject). The organisation is named as declared: by Belgian "
            + "enterprise number, or by name and country. 409 INTEREST_NOT_STANDING when no such interest stands.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterestEndingResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No such standing interest",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response endInterest(@PathParam("id") UUID id, @NotNull InterestEndingRequest request) {
        InterestEnding e = endInterest.endInterest(new EndInterestCommand(id, request.enterpriseNumber(), request.organisationName(),
                request.country(), request.endedOn(), request.reason(), user.id()));
        return Response.status(Response.Status.CREATED).entity(InterestEndingResponse.of(e)).build();
    }

    private Caller caller() {
        return new Caller(user.id(), user.hasRole(Roles.COMITE_SECRETARIAT));
    }

}
