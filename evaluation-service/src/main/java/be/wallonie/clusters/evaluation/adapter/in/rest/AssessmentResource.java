package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.evaluation.adapter.in.contract.DossierSnapshotMapper;
import be.wallonie.clusters.evaluation.application.port.in.AssessDossierCommand;
import be.wallonie.clusters.evaluation.application.port.in.AssessDossierUseCase;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The criteria engine's automatic assessment of a posted snapshot; nothing is stored. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "The criteria engine against the Walloon cluster criteria (domain.md §2)")
@SecurityRequirement(name = "SecurityScheme")
public class AssessmentResource {

    private final AssessDossierUseCase assess;

    AssessmentResource(AssessDossierUseCase assess) {
        this.assess = assess;
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.COMITE_SECRETARIAT})
    @Operation(operationId = "assessSnapshot", summary = "Assess a dossier snapshot (nothing is stored)", description = "Roles: APPLICANT, CELLULE, "
            + "COMITE_SECRETARIAT. Runs the criteria engine on the posted snapshot — the shape `DossierSubmitted` carries — "
            + "so applicants' screens can show the automatic results before submission. Per criterion: SATISFIED, "
            + "NOT_SATISFIED or NEEDS_EXPERT_JUDGEMENT, the indicators, the thresholds and an explanation in French and "
            + "English; the routing between economic cluster and technology grape; the risk warnings; the policy version. "
            + "Deterministic; nothing is kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DossierSnapshotV1.class),
            examples = @ExampleObject(name = "business-led", summary = "A business-led timber-frame cluster",
                    value = AssessmentExamples.BUSINESS_LED)))
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", description = "A snapshot the engine cannot read: every offending field in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentResponse assess(@NotNull DossierSnapshotV1 snapshot) {
        return AssessmentResponse.of(assess.assess(new AssessDossierCommand(DossierSnapshotMapper.toDomain(snapshot))));
    }
}
