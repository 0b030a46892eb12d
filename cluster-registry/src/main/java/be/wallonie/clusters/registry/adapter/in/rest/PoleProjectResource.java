package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.ApprovePoleProjectUseCase;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.GetPoleProjectsQuery;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.pole.PoleProject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
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

/** The projects the Region approves for a validated competitiveness pole in its yearly calls. */
@Path("/api/v1/dossiers/{id}/pole-projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pole projects", description = "R&D, training and investment projects the Region approves for competitiveness poles")
@SecurityRequirement(name = "SecurityScheme")
public class PoleProjectResource {

    static final ProblemType POLE_PROJECT_NOT_FOUND = new ProblemType("pole-project-not-found", 404,
            LocalizedText.of("Projet de pôle introuvable", "Pole project not found"));

    static final String EXAMPLE = """
            {"kind": "R_AND_D", "title": "Plateforme de bioproduction", "callYear": 2027, "startDate": "2027-09-01",
             "endDate": "2029-08-31", "budget": "900000.00", "privateContributions": "300000.00"}""";

    private final ApprovePoleProjectUseCase approve;
    private final GetPoleProjectsQuery projects;
    private final CurrentUser user;

    PoleProjectResource(ApprovePoleProjectUseCase approve, GetPoleProjectsQuery projects, CurrentUser user) {
        this.approve = approve;
        this.projects = projects;
        this.user = user;
    }

    @Schema(name = "PoleProjectRequest", description = "A project approved in a yearly call; the rules are checked together "
            + "and every offending field is named at once")
    public record PoleProjectRequest(
            @Schema(description = "R_AND_D, TRAINING or INVESTMENT", example = "R_AND_D", required = true) String kind,
            @Schema(example = "Plateforme de bioproduction", maxLength = PoleProject.MAX_TITLE, required = true) String title,
            @Schema(description = "The yearly call that selected it; not after the year the project starts", example = "2027",
                    required = true) Integer callYear,
            @Schema(description = "Inside an agrément period of the pole", example = "2027-09-01", required = true) LocalDate startDate,
            @Schema(description = "Inside the same agrément period, not before the start", example = "2029-08-31", required = true)
            LocalDate endDate,
            @Schema(description = "The project's budget, euros, more than zero, 2 decimals", example = "900000.00", required = true)
            BigDecimal budget,
            @Schema(description = "Private contributions to the budget, euros, from zero up to the budget, 2 decimals",
                    example = "300000.00", required = true) BigDecimal privateContributions) {

        PoleProject.Proposal toProposal() {
            return new PoleProject.Proposal(kind, title, callYear, startDate, endDate, budget, privateContributions);
        }
    }

    @Schema(name = "PoleProject")
    public record PoleProjectResponse(UUID id, UUID dossierId, int callYear, @Schema(example = "R_AND_D") String kind, String title,
            LocalDate startDate, LocalDate endDate, @Schema(example = "900000.00") BigDecimal budget,
            @Schema(example = "300000.00") BigDecimal privateContributions,
            @Schema(description = "Budget less private contributions: the most public funding the project may receive",
                    example = "600000.00") BigDecimal publicShare,
            @Schema(example = "EUR") String currency, String approvedBy, Instant approvedAt) {

        static PoleProjectResponse of(PoleProject p) {
            return new PoleProjectResponse(p.id(), p.dossierId(), p.callYear(), p.kind().name(), p.title(), p.start(), p.end(),
                    p.budget(), p.privateContributions(), p.publicShare(), "EUR", p.approvedBy(), p.approvedAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION)
    @Operation(operationId = "recordPoleProject", summary = "Record a project approved for the pole", description = "Role: REGION. For a COMPETITIVENESS_POLE with "
            + "an agrément (409 `pole-project-refused` otherwise): kind R_AND_D, TRAINING or INVESTMENT, a title, the call year "
            + "(not after the start year), start and end inside one agrément period of the pole, budget more than zero, "
            + "private contributions from zero up to the budget, amounts with 2 decimals; every offending field is named at "
            + "once (400, `errors[]`). Stored, audited (POLE_PROJECT_APPROVED) and published as PoleProjectApproved in the "
            + "same transaction; the funding service funds the pole from its projects.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoleProjectRequest.class),
            examples = @ExampleObject(name = "r-and-d-2027", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoleProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "Every offending field", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Region approves projects", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a competitiveness pole, or no agrément", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@PathParam("id") UUID id, @NotNull PoleProjectRequest r, @Context UriInfo uri) {
        PoleProject p = approve.approvePoleProject(new DossierId(id), r.toProposal(), user.id());
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build()).entity(PoleProjectResponse.of(p)).build();
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION, Roles.FUNDING_READER})
    @Operation(operationId = "listPoleProjects", summary = "The projects approved for the pole", description = "Roles: APPLICANT (core-group member of the "
            + "pole), CELLULE, REGION, FUNDING_READER (regional IT systems). Oldest approval first.")
    @APIResponse(responseCode = "200", description = "The projects", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PoleProjectResponse[].class)))
    @APIResponse(responseCode = "403", description = "Not the applicant's dossier", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public List<PoleProjectResponse> list(@PathParam("id") UUID id) {
        return projects.poleProjects(new DossierId(id), caller()).stream().map(PoleProjectResponse::of).toList();
    }

    @GET
    @Path("/{projectId}")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION, Roles.FUNDING_READER})
    @Operation(operationId = "getPoleProject", summary = "One project approved for the pole", description = "Roles: APPLICANT (core-group member of the pole), "
            + "CELLULE, REGION, FUNDING_READER.")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PoleProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or project", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PoleProjectResponse one(@PathParam("id") UUID id, @PathParam("projectId") UUID projectId) {
        return projects.poleProject(new DossierId(id), projectId, caller()).map(PoleProjectResponse::of).orElseThrow(() ->
                new ProblemException(POLE_PROJECT_NOT_FOUND, LocalizedText.of("Aucun projet %s pour le pôle %s",
                        "No project %s for pole %s").formatted(projectId, id)));
    }

    /** The caller DossierAccess checks; none for a machine client reading funding data (FUNDING_READER), which reads all. */
    private Caller caller() {
        boolean person = user.hasRole(Roles.CELLULE) || user.hasRole(Roles.REGION) || user.hasRole(Roles.APPLICANT);
        return !person && user.hasRole(Roles.FUNDING_READER) ? null : Callers.of(user);
    }
}
