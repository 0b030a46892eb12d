package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.Problem;
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
    public record PreparationSupportResponse(UUID id, LocalDate startDate, LocalDate endDate, String grantedBy, Instant grantedAt) {
        static PreparationSupportResponse of(PreparationSupport s) {
            return new PreparationSupportResponse(s.id(), s.start(), s.end(), s.grantedBy(), s.grantedAt());
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
    @Operation(summary = "Grant preparation support", description = "Role: REGION. Co-funding of the animateur of a cluster in "
            + "validation phase (submitted, not yet decided), limited in time; needs the animateur post; once per cluster. "
            + "Publishes PreparationSupportGranted.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreparationSupportRequest.class),
            examples = @ExampleObject(name = "one-year", value = "{\"startDate\": \"2027-01-01\", \"endDate\": \"2027-12-31\"}")))
    @APIResponse(responseCode = "200", description = "Granted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreparationSupportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid dates", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in validation phase, already granted, or no animateur post",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreparationSupportResponse grantPreparationSupport(@PathParam("id") UUID id, @NotNull @Valid PreparationSupportRequest r) {
        return PreparationSupportResponse.of(support.grantPreparationSupport(new DossierId(id), r.startDate(), r.endDate(), user.id()));
    }

    @POST
    @Path("/animator-costs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(summary = "Declare the animateur costs of a budget year", description = "Roles: APPLICANT (core-group member), CELLULE. For a cluster "
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
    @Operation(summary = "The animateur cost declarations", description = "Roles: APPLICANT (core-group member), CELLULE, REGION. Oldest first.")
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
    @Operation(summary = "Label a validated cluster flagship (\"phare\"), or withdraw the label", description = "Role: REGION.")
    @APIResponse(responseCode = "204", description = "Labelled")
    @APIResponse(responseCode = "409", description = "The cluster is not validated", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void flagship(@PathParam("id") UUID id, @NotNull @Valid FlagshipRequest r) {
        support.labelFlagship(new DossierId(id), r.flagship(), user.id());
    }
}
