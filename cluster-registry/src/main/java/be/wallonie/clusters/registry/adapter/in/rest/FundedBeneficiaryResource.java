package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.DeclareFundedBeneficiaryUseCase;
import be.wallonie.clusters.registry.application.port.in.GetDecisionRecordsQuery;
import be.wallonie.clusters.registry.application.port.in.GetDossierQuery;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who receives a technology grape's or a competitiveness pole's funding (these schemes need no animateur post). */
@Path("/api/v1/dossiers/{id}/funded-beneficiary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions and agréments", description = "The Comité advises, the Region decides; a validated cluster gets its agrément")
@SecurityRequirement(name = "SecurityScheme")
public class FundedBeneficiaryResource {

    static final ProblemType FUNDED_BENEFICIARY_NOT_FOUND = new ProblemType("funded-beneficiary-not-found", 404,
            LocalizedText.of("Bénéficiaire du financement introuvable", "Funded beneficiary not found"));

    private final DeclareFundedBeneficiaryUseCase declare;
    private final GetDecisionRecordsQuery records;
    private final GetDossierQuery dossiers;
    private final CurrentUser user;

    FundedBeneficiaryResource(DeclareFundedBeneficiaryUseCase declare, GetDecisionRecordsQuery records, GetDossierQuery dossiers,
            CurrentUser user) {
        this.declare = declare;
        this.records = records;
        this.dossiers = dossiers;
        this.user = user;
    }

    @Schema(name = "FundedBeneficiaryRequest", description = "Who receives the funding of a grape or a pole; the rules are "
            + "checked together and every offending field is named at once")
    public record FundedBeneficiaryRequest(
            @Schema(description = "A member organisation of the dossier", required = true) UUID organisationId,
            @Schema(description = "Technology grape only (required, more than zero, 2 decimals): the grape's yearly eligible "
                    + "costs, in euros; refused for a pole, which is funded by its approved projects", example = "30000.00")
            BigDecimal yearlyEligibleCosts) {
    }

    @Schema(name = "FundedBeneficiary")
    public record FundedBeneficiaryResponse(UUID organisationId,
            @Schema(description = "A grape's yearly eligible costs; null for a pole", example = "30000.00") BigDecimal yearlyEligibleCosts,
            @Schema(example = "EUR") String currency) {

        static FundedBeneficiaryResponse of(FundedBeneficiary b) {
            return new FundedBeneficiaryResponse(b.organisationId(), b.yearlyEligibleCosts(), "EUR");
        }
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "declareFundedBeneficiary", summary = "State who receives a grape's or a pole's funding", description = "Roles: APPLICANT (core-group "
            + "member), CELLULE. For a TECHNOLOGY_GRAPE or a COMPETITIVENESS_POLE, which need no animateur post: the "
            + "organisation (a member of the dossier) that receives the Region's funding, and for a grape its yearly eligible "
            + "costs (required; refused for a pole, funded by its approved projects). Refused for an ECONOMIC_CLUSTER (409 "
            + "`funded-beneficiary-refused`: its beneficiary is the animateur's employer). Validating a grape or a pole needs "
            + "it in the judged snapshot. Part of what a submission freezes: only while the dossier is editable (409 "
            + "`dossier-not-editable`), If-Match with the dossier's ETag is required (428/412), and the dossier's ETag changes "
            + "(sent back).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FundedBeneficiaryRequest.class), examples = {
                    @ExampleObject(name = "technology-grape", value = """
                            {"organisationId": "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f", "yearlyEligibleCosts": "30000.00"}"""),
                    @ExampleObject(name = "competitiveness-pole", value = """
                            {"organisationId": "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f"}""")}))
    @APIResponse(responseCode = "200", description = "Stated", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FundedBeneficiaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Every offending field (`errors[]`): organisation missing or not a member, "
            + "costs missing, not positive, more than 2 decimals, or stated for a pole", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the caller's dossier, or a Region user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An economic cluster, or the dossier is not editable in its status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response declare(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull FundedBeneficiaryRequest r) {
        long expected = ETags.requiredVersion(ifMatch);
        DeclareFundedBeneficiaryUseCase.Declared d = declare.declareFundedBeneficiary(new DossierId(id), expected, r.organisationId(),
                r.yearlyEligibleCosts(), Callers.of(user));
        return Response.ok(FundedBeneficiaryResponse.of(d.beneficiary())).tag(ETags.of(d.dossier().version())).build();
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getFundedBeneficiary", summary = "Who receives the grape's or the pole's funding", description = "Roles: APPLICANT (core-group member), "
            + "CELLULE, REGION. As stated now (the decision reads the one frozen in the judged snapshot).")
    @APIResponse(responseCode = "200", description = "The beneficiary", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FundedBeneficiaryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier, or none stated", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundedBeneficiaryResponse read(@PathParam("id") UUID id) {
        dossiers.readDossier(new DossierId(id), Callers.of(user)); // DossierAccess: an applicant reads only its own dossiers
        return records.fundedBeneficiary(new DossierId(id)).map(FundedBeneficiaryResponse::of).orElseThrow(() -> new ProblemException(
                FUNDED_BENEFICIARY_NOT_FOUND, LocalizedText.of("Aucun bénéficiaire du financement déclaré pour le dossier %s",
                        "No funded beneficiary stated for dossier %s").formatted(id)));
    }
}
