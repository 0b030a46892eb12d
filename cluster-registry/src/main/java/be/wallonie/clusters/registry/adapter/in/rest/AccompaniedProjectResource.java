package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.AccompaniedProjectNotFoundException;
import be.wallonie.clusters.registry.application.port.in.AccompanyProjectUseCase;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ProjectView;
import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.ProjectStatus;
import be.wallonie.clusters.registry.domain.accompaniment.ProjectSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projects the Cellule accompanies before any dossier exists (000 III.2, volet 1): its work file, never the applicants'. */
@Path("/api/v1/accompanied-projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accompaniment", description = "The Cellule's accompaniment of projects and dossiers (volet 1 sensibilisation); "
        + "CELLULE writes, REGION reads, nobody else sees it")
@SecurityRequirement(name = "SecurityScheme")
public class AccompaniedProjectResource {

    static final String EXAMPLE = """
            {"name": "Filière lin textile du Hainaut", "organisationIds": ["0b6f7c1e-3f0a-4d8e-9d61-2f4a51c0a001"],
             "firstContactOn": "2026-03-02", "status": "OPEN"}""";

    private final AccompanyProjectUseCase accompany;
    private final GetAccompanimentQuery query;
    private final CurrentUser user;

    AccompaniedProjectResource(AccompanyProjectUseCase accompany, GetAccompanimentQuery query, CurrentUser user) {
        this.accompany = accompany;
        this.query = query;
        this.user = user;
    }

    @Schema(name = "AccompaniedProjectRequest", description = "The project as it stands; every offending field is named at once")
    public record ProjectRequest(
            @Schema(example = "Filière lin textile du Hainaut", maxLength = AccompaniedProject.MAX_NAME, required = true) String name,
            @Schema(description = "Registry organisations involved (may be empty), no duplicates") List<UUID> organisationIds,
            @Schema(description = "Subject of the Cellule officer in charge; default: the caller (POST) or unchanged (PUT)")
            String officer,
            @Schema(description = "Day of the first contact, not in the future", example = "2026-03-02", required = true)
            LocalDate firstContactOn,
            @Schema(description = "OPEN (default), BECAME_DOSSIER (with dossierId) or ABANDONED (with abandonReason)",
                    example = "OPEN") String status,
            @Schema(description = "Why the project was abandoned; exactly with ABANDONED", maxLength = AccompaniedProject.MAX_REASON)
            String abandonReason,
            @Schema(description = "The dossier the project became (it must exist; a dossier comes from one project); exactly "
                    + "with BECAME_DOSSIER") UUID dossierId) {

        AccompaniedProject.Form toForm(String defaultOfficer) {
            return new AccompaniedProject.Form(name, organisationIds, officer == null ? defaultOfficer : officer, firstContactOn,
                    status, abandonReason, dossierId);
        }
    }

    @Schema(name = "AccompaniedProjectSummary", description = "Live acts naming the project (cancelled ones left out)")
    public record SummaryResponse(int actsCount, int totalMinutes, @Schema(example = "3.50") BigDecimal totalHours,
            LocalDate firstContactOn,
            @Schema(description = "Brussels day of the linked dossier's first submission; null before") LocalDate dossierFirstSubmittedOn,
            @Schema(description = "Days from the first contact to that submission; null before") Integer daysFromFirstContactToSubmission) {

        static SummaryResponse of(ProjectSummary s) {
            return new SummaryResponse(s.actsCount(), s.totalMinutes(), hours(s.totalMinutes()), s.firstContactOn(),
                    s.dossierFirstSubmittedOn(), s.daysToSubmission());
        }
    }

    static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    @Schema(name = "AccompaniedProject")
    public record ProjectResponse(UUID id, String name, List<UUID> organisationIds, String officer, LocalDate firstContactOn,
            @Schema(example = "OPEN") String status, String abandonReason, UUID dossierId, int version, String changedBy,
            Instant changedAt, @Schema(description = "On the project view only (null in lists)") SummaryResponse summary) {

        static ProjectResponse of(AccompaniedProject p, ProjectSummary summary) {
            return new ProjectResponse(p.id(), p.name(), p.organisationIds(), p.officer(), p.firstContactOn(), p.status().name(),
                    p.abandonReason(), p.dossierId(), p.version(), p.changedBy(), p.changedAt(),
                    summary == null ? null : SummaryResponse.of(summary));
        }
    }

    @Schema(name = "AccompaniedProjectPage")
    public record ProjectPageResponse(List<ProjectResponse> items, int page, int size, long total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "openAccompaniedProject", summary = "Open an accompanied project",
            description = "Role: CELLULE. A project accompanied before any dossier exists: name, registry organisations involved, "
                    + "officer in charge (default: the caller), first contact day (not in the future), status (default OPEN). "
                    + "Every offending field at once (400). Publishes AccompaniedProjectChanged (version 1).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectRequest.class),
            examples = @ExampleObject(name = "open", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Opened; Location names it, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "Every offending field", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Cellule accompanies", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is already linked to another project", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@NotNull ProjectRequest r, @Context UriInfo uri) {
        AccompaniedProject p = accompany.openProject(r.toForm(user.id()), user.id());
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build()).tag(ETags.of(p.version()))
                .entity(ProjectResponse.of(p, null)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "changeAccompaniedProject", summary = "State how an accompanied project stands",
            description = "Role: CELLULE. Replaces the project (same rules as POST; a missing officer is kept); link the dossier "
                    + "it became with status BECAME_DOSSIER and dossierId (the dossier must exist and not come from another "
                    + "project: 409 DOSSIER_ALREADY_LINKED), or close it with ABANDONED and a reason. If-Match (the ETag) required. "
                    + "Publishes AccompaniedProjectChanged (version + 1).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "Every offending field", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is already linked to another project", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the version named by If-Match", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull ProjectRequest r) {
        long expected = ETags.requiredVersion(ifMatch);
        AccompaniedProject p = accompany.changeProject(id, expected, r.toForm(null), user.id());
        return Response.ok(ProjectResponse.of(p, null)).tag(ETags.of(p.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getAccompaniedProject", summary = "An accompanied project with its summary",
            description = "Roles: CELLULE, REGION. The summary counts the live acts naming the project and their time, and, once "
                    + "it became a dossier that was submitted, the days from the first contact to the first submission.")
    @APIResponse(responseCode = "200", description = "The project; ETag = version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("id") UUID id) {
        ProjectView v = query.project(id).orElseThrow(() -> new AccompaniedProjectNotFoundException(id));
        return Response.ok(ProjectResponse.of(v.project(), v.summary())).tag(ETags.of(v.project().version())).build();
    }

    @GET
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "searchAccompaniedProjects", summary = "Search the accompanied projects",
            description = "Roles: CELLULE, REGION. Filters (AND): status, officer, organisation (an organisation involved), text "
                    + "(in the name, case- and accent-insensitive). By first contact, the latest first, then id; paginated.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProjectPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ProjectPageResponse search(@QueryParam("status") String status, @QueryParam("officer") String officer,
            @QueryParam("organisation") String organisation, @QueryParam("text") String text,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        QueryParams.page(page, size);
        var criteria = new GetAccompanimentQuery.ProjectCriteria(QueryParams.enumValue("status", status, ProjectStatus.class),
                QueryParams.text(officer), QueryParams.uuid("organisation", organisation), QueryParams.text(text), page, size);
        var found = query.projects(criteria);
        return new ProjectPageResponse(found.items().stream().map(p -> ProjectResponse.of(p, null)).toList(), found.page(),
                found.size(), found.total());
    }
}
