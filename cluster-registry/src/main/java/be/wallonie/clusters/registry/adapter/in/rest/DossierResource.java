package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.CloseOrReturnDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.CreateDossierCommand;
import be.wallonie.clusters.registry.application.port.in.CreateDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.EditDossierHeaderCommand;
import be.wallonie.clusters.registry.application.port.in.EditDossierHeaderUseCase;
import be.wallonie.clusters.registry.application.port.in.GetDossierQuery;
import be.wallonie.clusters.registry.application.port.in.SubmitDossierCommand;
import be.wallonie.clusters.registry.application.port.in.SubmitDossierUseCase;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.application.port.in.DossierSearchCriteria;
import be.wallonie.clusters.registry.application.port.in.SearchDossiersQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Cluster dossiers: drafting, submission to the call, lifecycle")
@SecurityRequirement(name = "SecurityScheme")
public class DossierResource {

    private final CreateDossierUseCase create;
    private final SubmitDossierUseCase submit;
    private final GetDossierQuery get;
    private final CloseOrReturnDossierUseCase lifecycle;
    private final CurrentUser user;
    private final SearchDossiersQuery search;
    private final EditDossierHeaderUseCase header;

    DossierResource(CreateDossierUseCase create, SubmitDossierUseCase submit, GetDossierQuery get, CloseOrReturnDossierUseCase lifecycle,
            CurrentUser user, SearchDossiersQuery search, EditDossierHeaderUseCase header) {
        this.header = header;
        this.search = search;
        this.lifecycle = lifecycle;
        this.create = create;
        this.submit = submit;
        this.get = get;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "createDossier", summary = "Open a draft dossier", description = "Roles: APPLICANT, CELLULE. An applicant's organisation (the "
            + "token's `org` claim, a registered organisation: an ENTERPRISE or a FEDERATION, never a support organisation) "
            + "becomes the dossier's first core-group member; state the rest "
            + "with PUT /api/v1/dossiers/{id}/content.")
    @APIResponse(responseCode = "201", description = "Draft created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An applicant whose organisation is not registered (register it first) or "
            + "is not an enterprise (FOUNDER_NOT_AN_ENTERPRISE: only an enterprise founds a dossier; research and training centres, universities, federations, chambers of commerce and public bodies come in support, 000 I.1.2 §2)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreateDossierRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Dossier d = create.createDossier(new CreateDossierCommand(request.name(), request.acronym(), request.scheme(),
                request.entryVolet(),
                new Focus(request.focus().kind(), request.focus().domain(), request.focus().description()), Callers.of(user)));
        return Response.created(uri.getAbsolutePathBuilder().path(d.id().toString()).build())
                .tag(ETags.of(d.version()))
                .entity(DossierResponse.of(d))
                .build();
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listDossiers", summary = "List dossiers", description = "Roles: APPLICANT (only the dossiers of which its organisation is a "
            + "core-group member or the animateur's employer), CELLULE, REGION. Filters combine (AND): status, scheme, text (part of the name or acronym, "
            + "case-insensitive). Sorted by name then id; `page` is 0-based, `size` 1 to 100 (default 20).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A filter or the page is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DossierPageResponse list(
            @Parameter(schema = @Schema(implementation = DossierStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Scheme.class)) @QueryParam("scheme") String scheme,
            @Parameter(description = "Part of the name or acronym", example = "bois") @QueryParam("text") String text,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        DossierSearchCriteria criteria = new DossierSearchCriteria(
                OrganisationResource.enumParam("status", status, DossierStatus.class),
                OrganisationResource.enumParam("scheme", scheme, Scheme.class),
                text != null && text.length() > 200 ? text.substring(0, 200) : text, null,
                OrganisationResource.intParam("page", page, 0, 0, 100_000),
                OrganisationResource.intParam("size", size, DossierSearchCriteria.DEFAULT_SIZE, 1, DossierSearchCriteria.MAX_SIZE));
        return DossierPageResponse.of(search.searchDossiers(criteria, Callers.of(user)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getDossier", summary = "Read a dossier", description = "Roles: APPLICANT (only a dossier of which its organisation is a "
            + "core-group member or the animateur's employer), CELLULE, REGION. The ETag is the dossier's version.")
    @APIResponse(responseCode = "403", description = "An applicant whose organisation is neither in the dossier's core group nor the animateur's employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The dossier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        return withETag(get.readDossier(new DossierId(id), Callers.of(user)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "updateDossierHeader", summary = "Edit the dossier's header", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE. Replaces "
            + "the name, acronym, scheme, entry volet and focus (kind, domain, description) — e.g. to describe the focus of a "
            + "draft, or to move a project from SENSIBILISATION to VALIDATION — while the dossier is editable (DRAFT, "
            + "RETURNED_FOR_COMPLETION, VALIDATED); 409 `dossier-not-editable` otherwise. If-Match is required; the audit trail "
            + "records the fields that changed.")
    @APIResponse(responseCode = "200", description = "The dossier as edited (new ETag when something changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An applicant whose organisation is neither in the dossier's core group nor the animateur's employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is not editable in its status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response editHeader(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CreateDossierRequest request) {
        Dossier d = header.editHeader(new EditDossierHeaderCommand(new DossierId(id), ETags.requiredVersion(ifMatch),
                request.name(), request.acronym(), request.scheme(), request.entryVolet(),
                new Focus(request.focus().kind(), request.focus().domain(), request.focus().description()), Callers.of(user)));
        return withETag(d);
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "submitDossier", summary = "Submit the dossier to the call",
            description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE. Refused with 422 and every missing item in `errors` "
                    + "while the dossier is incomplete (see GET …/completeness). Freezes a new snapshot (readable at "
                    + "…/snapshots/{version}) with the member organisations as they stand, and publishes DossierSubmitted "
                    + "carrying it. "
                    + "Send If-Match with the ETag you read to avoid submitting a version you have not seen.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "422", description = "The dossier is incomplete: every missing item in `errors` (field, code, "
            + "message)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = IncompleteDossierProblem.class)))
    @APIResponse(responseCode = "403", description = "An applicant whose organisation is neither in the dossier's core group nor the animateur's employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier's status does not allow submission",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Dossier d = submit.submitDossier(new SubmitDossierCommand(new DossierId(id), ETags.expectedVersion(ifMatch),
                Callers.of(user)));
        return withETag(d);
    }

    @Schema(name = "WithdrawalRequest")
    public record WithdrawalRequest(@Size(max = 2000) @Schema(example = "Le partenariat ne se poursuit pas") String reason) {
    }

    @Schema(name = "ReturnForCompletionRequest")
    public record ReturnRequest(@NotBlank @Size(max = 2000)
            @Schema(example = "Le plan d'actions ne chiffre pas le budget des actions ciblées") String reason) {
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "withdrawDossier", summary = "Withdraw the dossier", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE. From DRAFT, SUBMITTED, "
            + "UNDER_EVALUATION or RETURNED_FOR_COMPLETION; the dossier is then closed. If-Match is required.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the dossier's status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid WithdrawalRequest request) {
        Dossier d = lifecycle.withdrawDossier(new DossierId(id), ETags.requiredVersion(ifMatch),
                request == null ? null : request.reason(), Callers.of(user));
        return withETag(d);
    }

    @POST
    @Path("/{id}/return-for-completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "returnDossierForCompletion", summary = "Return the dossier to the applicants for completion", description = "Role: CELLULE. From SUBMITTED "
            + "or OPINION_RECEIVED, with the reason; the applicants complete it and submit again (a new snapshot version). "
            + "If-Match is required.")
    @APIResponse(responseCode = "200", description = "Returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "400", description = "Reason missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the dossier's status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response returnForCompletion(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReturnRequest request) {
        Dossier d = lifecycle.returnForCompletion(new DossierId(id), ETags.requiredVersion(ifMatch), request.reason(), user.id());
        return withETag(d);
    }

    /** The dossier with its version as ETag, for the next If-Match. */
    private static Response withETag(Dossier d) {
        return Response.ok(DossierResponse.of(d)).tag(ETags.of(d.version())).build();
    }
}
