package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetDossierQuery;
import be.wallonie.clusters.registry.application.port.in.SupportClusterUseCase;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.support.CostDeclaration;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

/** Preparation support, declared animateur costs and the flagship label of a cluster. */
@Path("/api/v1/dossiers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Support and costs", description = "What the Region grants besides the agrément, and what clusters declare")
@SecurityRequirement(name = "SecurityScheme")
public class SupportResource {

    static final ProblemType PREPARATION_SUPPORT_NOT_FOUND = new ProblemType("preparation-support-not-found", 404,
            LocalizedText.of("Aide à la préparation introuvable", "Preparation support not found"));

    private final SupportClusterUseCase support;
    private final CurrentUser user;
    private final GetDossierQuery dossiers;

    SupportResource(SupportClusterUseCase support, CurrentUser user, GetDossierQuery dossiers) {
        this.dossiers = dossiers;
        this.support = support;
        this.user = user;
    }

    @Schema(name = "PreparationSupportRequest")
    public record PreparationSupportRequest(@NotNull @Schema(example = "2027-01-01") LocalDate startDate,
            @NotNull @Schema(example = "2027-12-31", description = "Last day asked for; the funding scheme may cut it shorter")
            LocalDate endDate) {

        @AssertTrue(message = "la date de fin ne précède pas la date de début")
        @Schema(hidden = true)
        public boolean isEndDate() {
            return startDate == null || endDate == null || !endDate.isBefore(startDate);
        }
    }

    @Schema(name = "PreparationSupport")
    public record PreparationSupportResponse(UUID id, LocalDate startDate,
            @Schema(description = "Last day granted") LocalDate endDate, String grantedBy, Instant grantedAt,
            @Schema(description = "Last day funded: endDate, or the ending's last day when the support was cut short "
                    + "(the day before startDate when it ended before it began)", example = "2027-08-31") LocalDate lastFundedDay,
            @Schema(description = "Why it was cut short, when it was", nullable = true,
                    enumeration = {"AGREMENT_STARTED", "DOSSIER_REJECTED", "DOSSIER_WITHDRAWN"}) String endReason,
            @Schema(nullable = true) String endedBy, @Schema(nullable = true) Instant endedAt) {
        static PreparationSupportResponse of(PreparationSupport s) {
            PreparationSupport.Ending e = s.ending();
            return new PreparationSupportResponse(s.id(), s.start(), s.end(), s.grantedBy(), s.grantedAt(), s.lastFundedDay(),
                    e == null ? null : e.reason().name(), e == null ? null : e.endedBy(), e == null ? null : e.endedAt());
        }
    }

    @Schema(name = "AnimatorCostsRequest")
    public record AnimatorCostsRequest(@NotNull @Min(1990) @Max(2200) @Schema(example = "2027") Integer budgetYear,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "92000.00") BigDecimal eligibleCosts,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "0.00") BigDecimal privateContributions,
            @Size(max = 2000) @Schema(description = "Required for a second declaration of the same year (a correction)")
            String reason) {
    }

    @Schema(name = "AnimatorCostDeclaration")
    public record AnimatorCostsResponse(UUID id, int budgetYear, BigDecimal eligibleCosts, BigDecimal privateContributions,
            String reason, String declaredBy, Instant declaredAt) {
        static AnimatorCostsResponse of(CostDeclaration d) {
            return new AnimatorCostsResponse(d.id(), d.budgetYear(), d.eligibleCosts(), d.privateContributions(), d.reason(),
                    d.declaredBy(), d.declaredAt());
        }
    }

    @Schema(name = "FlagshipRequest")
    public record FlagshipRequest(@NotNull @Schema(example = "true") Boolean flagship) {
    }

    @POST
    @Path("/preparation-support")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION)
    @Operation(operationId = "grantPreparationSupport", summary = "Grant preparation support", description = "Role: REGION. Co-funding of the animateur of a cluster in "
            + "preparation, to formalise its dossier (000 III.2): a draft entered at volet SENSIBILISATION or VALIDATION, or a "
            + "dossier in validation phase (submitted, not yet decided); never a cluster with an agrément. At most "
            + "`clusters.registry.preparation-support.max-months` months (default 12: 2027-01-01 → 2027-12-31 at the latest); "
            + "needs the animateur post; once per cluster. Ends at the latest the day before the agrément starts, or on the day "
            + "the dossier is rejected or withdrawn (PreparationSupportEnded). Publishes PreparationSupportGranted with the core group.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreparationSupportRequest.class),
            examples = @ExampleObject(name = "one-year", value = "{\"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\"}")))
    @APIResponse(responseCode = "200", description = "Granted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreparationSupportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid dates, or a window longer than the maximum (field `endDate`, code "
            + "PREPARATION_WINDOW_TOO_LONG)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in preparation (NOT_IN_VALIDATION_PHASE), an agrément exists, already granted, "
            + "or no animateur post",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreparationSupportResponse grantPreparationSupport(@PathParam("id") UUID id, @NotNull @Valid PreparationSupportRequest r) {
        return PreparationSupportResponse.of(support.grantPreparationSupport(new DossierId(id), r.startDate(), r.endDate(), user.id()));
    }

    @GET
    @Path("/preparation-support")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getPreparationSupport", summary = "The preparation support", description = "Roles: APPLICANT (acting for the dossier: core-group member or "
            + "the animateur's employer), CELLULE, REGION. The window granted and, when it was cut short, its last funded day and why.")
    @APIResponse(responseCode = "200", description = "The support", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreparationSupportResponse.class), examples = @ExampleObject(name = "ended-at-agrement",
            value = "{\"id\": \"6f1c2a9e-4b7d-4c1e-9a3f-2d8e5b7c1a40\", \"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\", "
                    + "\"grantedBy\": \"region-1\", \"grantedAt\": \"2026-12-03T09:00:00Z\", \"lastFundedDay\": \"2027-08-31\", "
                    + "\"endReason\": \"AGREMENT_STARTED\", \"endedBy\": \"region-1\", \"endedAt\": \"2027-08-20T10:00:00Z\"}")))
    @APIResponse(responseCode = "404", description = "No such dossier, or no preparation support", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreparationSupportResponse preparationSupport(@PathParam("id") UUID id) {
        dossiers.readDossier(new DossierId(id), Callers.of(user)); // DossierAccess: an applicant only for the dossiers it acts for
        return support.preparationSupport(new DossierId(id)).map(PreparationSupportResponse::of).orElseThrow(() -> new ProblemException(
                PREPARATION_SUPPORT_NOT_FOUND, LocalizedText.of("Le dossier %s n'a pas d'aide à la préparation",
                        "Dossier %s has no preparation support").formatted(id)));
    }

    @POST
    @Path("/animator-costs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "declareAnimatorCosts", summary = "Declare the animateur costs of a budget year", description = "Roles: APPLICANT (acting for the dossier), CELLULE. For a cluster "
            + "with an agrément or preparation support. A second declaration of a year replaces the first and needs a reason. "
            + "Publishes AnimatorCostsDeclared; the funding service recomputes the schedule.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnimatorCostsRequest.class),
            examples = @ExampleObject(name = "year-2027", value = "{\"budgetYear\": 2027, \"eligibleCosts\": 92000.00}")))
    @APIResponse(responseCode = "200", description = "Declared", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnimatorCostsResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures, or a correction without reason (field `reason`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cluster receives no co-funding", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnimatorCostsResponse declareCosts(@PathParam("id") UUID id, @NotNull @Valid AnimatorCostsRequest r) {
        dossiers.readDossier(new DossierId(id), Callers.of(user)); // DossierAccess: an applicant only for its own dossiers
        return AnimatorCostsResponse.of(support.declareAnimatorCosts(new DossierId(id), r.budgetYear(), r.eligibleCosts(),
                r.privateContributions(), r.reason(), user.id()));
    }

    @GET
    @Path("/animator-costs")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listAnimatorCostDeclarations", summary = "The animateur cost declarations", description = "Roles: APPLICANT (acting for the dossier), CELLULE, REGION. Oldest first.")
    @APIResponse(responseCode = "200", description = "The declarations", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnimatorCostsResponse[].class)))
    public List<AnimatorCostsResponse> costs(@PathParam("id") UUID id) {
        dossiers.readDossier(new DossierId(id), Callers.of(user));
        return support.costDeclarations(new DossierId(id)).stream().map(AnimatorCostsResponse::of).toList();
    }

    @PUT
    @Path("/flagship")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION)
    @Operation(operationId = "putFlagshipLabel", summary = "Label a validated cluster flagship (\"phare\"), or withdraw the label", description = "Role: REGION.")
    @APIResponse(responseCode = "204", description = "Labelled")
    @APIResponse(responseCode = "409", description = "The cluster is not validated", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void flagship(@PathParam("id") UUID id, @NotNull @Valid FlagshipRequest r) {
        support.labelFlagship(new DossierId(id), r.flagship(), user.id());
    }
}
