package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.CelluleAvisUseCases.GetCelluleAvisOfCaseQuery;
import be.wallonie.clusters.evaluation.application.port.in.GetAutomaticAssessmentQuery;
import be.wallonie.clusters.evaluation.application.port.in.ListEvaluationCasesQuery;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ExpertCaseAccess;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation cases", description = "The Comité's evaluation rounds of submitted dossiers")
@SecurityRequirement(name = "SecurityScheme")
public class EvaluationCaseResource {

    static final ProblemType CASE_NOT_FOUND = new ProblemType("evaluation-case-not-found", 404,
            LocalizedText.of("Dossier d'évaluation introuvable", "Evaluation case not found"));

    static final ProblemType ASSESSMENT_NOT_FOUND = new ProblemType("assessment-not-found", 404,
            LocalizedText.of("Évaluation automatique introuvable", "Automatic assessment not found"));

    private final ListEvaluationCasesQuery cases;
    private final GetAutomaticAssessmentQuery stored;
    private final ExpertCaseAccess experts;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final GetCelluleAvisOfCaseQuery celluleAvis;

    EvaluationCaseResource(ListEvaluationCasesQuery cases, GetAutomaticAssessmentQuery stored, ExpertCaseAccess experts,
            CurrentUser user, ObjectMapper json, GetCelluleAvisOfCaseQuery celluleAvis) {
        this.celluleAvis = celluleAvis;
        this.cases = cases;
        this.stored = stored;
        this.experts = experts;
        this.user = user;
        this.json = json;
    }

    /** An EXPERT reads only the cases whose panel seats them, after signing the case's no-conflict declaration. */
    private void requireAccess(UUID caseId) {
        if (!user.hasRole(Roles.COMITE_SECRETARIAT)) {
            experts.requireDossierAccess(caseId, user.id());
        }
    }

    @GET
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "listEvaluationCases", summary = "The evaluation rounds of a dossier, or an expert's cases", description = "Roles: COMITE_SECRETARIAT "
            + "(`dossierId` required: that dossier's rounds), EXPERT (the cases whose panel seats them, filtered by `dossierId` "
            + "when given). Oldest first.")
    @APIResponse(responseCode = "200", description = "The rounds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationCaseResponse[].class)))
    @APIResponse(responseCode = "400", description = "dossierId missing (secretariat)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EvaluationCaseResponse> byDossier(@QueryParam("dossierId") UUID dossierId) {
        if (!user.hasRole(Roles.COMITE_SECRETARIAT)) {
            return experts.casesAssignedTo(user.id()).stream().filter(c -> dossierId == null || c.dossierId().equals(dossierId))
                    .map(EvaluationCaseResponse::of).toList();
        }
        if (dossierId == null) {
            throw QueryParams.invalid("dossierId", LocalizedText.of("obligatoire", "required"));
        }
        return cases.casesOfDossier(dossierId).stream().map(EvaluationCaseResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "getEvaluationCase", summary = "Read an evaluation case", description = "Roles: COMITE_SECRETARIAT, EXPERT (only a case whose panel seats "
            + "them — 404 otherwise — and after signing its no-conflict declaration — 403 before).")
    @APIResponse(responseCode = "403", description = "An expert who has not signed the no-conflict declaration, or is conflicted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationCaseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationCaseResponse read(@PathParam("id") UUID id) {
        requireAccess(id);
        return cases.evaluationCase(id).map(EvaluationCaseResponse::of)
                .orElseThrow(() -> new ProblemException(CASE_NOT_FOUND,
                        LocalizedText.of("Aucun dossier d'évaluation %s", "No evaluation case %s").formatted(id)));
    }

    @GET
    @Path("/{id}/assessment")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "getCaseAssessment", summary = "The automatic assessment stored with a case", description = "Roles: COMITE_SECRETARIAT, EXPERT (as for "
            + "the case). Computed once, when the case opened, with the policy version it names.")
    @APIResponse(responseCode = "403", description = "An expert who has not signed the no-conflict declaration, or is conflicted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentResponse ofCase(@PathParam("id") UUID caseId) {
        requireAccess(caseId);
        return stored.automaticAssessmentOfCase(caseId).map(AssessmentResponse::of).orElseThrow(() -> new ProblemException(
                ASSESSMENT_NOT_FOUND, LocalizedText.of("Aucune évaluation automatique pour le dossier d'évaluation %s",
                        "No automatic assessment for evaluation case %s").formatted(caseId)));
    }

    static final ProblemType CELLULE_AVIS_NOT_FOUND = new ProblemType("cellule-avis-not-found", 404,
            LocalizedText.of("Avis de la Cellule introuvable", "Cellule avis not found"));

    @GET
    @Path("/{id}/cellule-avis")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "getCaseCelluleAvis", summary = "The Cellule's avis the panel reads beside the automatic assessment",
            description = "Roles: COMITE_SECRETARIAT, EXPERT (as for the assessment: only a case whose panel seats them — 404 "
                    + "otherwise — and after signing its no-conflict declaration — 403 before). Before the panel is composed, "
                    + "the latest version received; from the composition on, the version received by then: a later one is "
                    + "kept, counted for the secretariat, never shown to the panel. 404 when no avis reached the Comité.")
    @APIResponse(responseCode = "200", description = "The avis", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CelluleAvisDtos.CaseAvisResponse.class)))
    @APIResponse(responseCode = "403", description = "An expert who has not signed the no-conflict declaration, or is conflicted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or no avis for the panel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CelluleAvisDtos.CaseAvisResponse celluleAvisOfCase(@PathParam("id") UUID caseId) {
        requireAccess(caseId);
        var view = celluleAvis.celluleAvisOfCase(caseId).orElseThrow(() -> new ProblemException(CASE_NOT_FOUND,
                LocalizedText.of("Aucun dossier d'évaluation %s", "No evaluation case %s").formatted(caseId)));
        return view.shown().map(a -> CelluleAvisDtos.CaseAvisResponse.of(caseId, a, view, user.hasRole(Roles.COMITE_SECRETARIAT)))
                .orElseThrow(() -> new ProblemException(CELLULE_AVIS_NOT_FOUND, LocalizedText.of(
                        "Aucun avis de la Cellule pour le panel du dossier d'évaluation %s",
                        "No Cellule avis for the panel of evaluation case %s").formatted(caseId)));
    }

    @GET
    @Path("/{id}/snapshot")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "getCaseSnapshot", summary = "The dossier snapshot the case judges", description = "Roles: COMITE_SECRETARIAT, EXPERT (as for the case: "
            + "only a case whose panel seats them — 404 otherwise — and after signing its no-conflict declaration — 403 before). "
            + "The immutable snapshot received when the case opened (the DossierSnapshot of the DossierSubmitted event).")
    @APIResponse(responseCode = "200", description = "The snapshot", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DossierSnapshotV1.class),
            examples = @ExampleObject(name = "snapshot", value = SnapshotDtos.EXAMPLE_SNAPSHOT)))
    @APIResponse(responseCode = "403", description = "An expert who has not signed the no-conflict declaration, or is conflicted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DossierSnapshotV1 snapshot(@PathParam("id") UUID id) {
        requireAccess(id);
        try {
            return json.treeToValue(snapshotNode(id), DossierSnapshotV1.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the snapshot stored with case " + id + " is not a DossierSnapshot", e);
        }
    }

    @GET
    @Path("/{id}/snapshot/members")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "listCaseSnapshotMembers", summary = "The members of the dossier snapshot, to check for conflicts before signing", description = "Roles: "
            + "COMITE_SECRETARIAT, EXPERT (seated on the case's panel — 404 otherwise —, before or after signing the no-conflict "
            + "declaration: the members are what the expert must know to declare). Members only, nothing else of the dossier.")
    @APIResponse(responseCode = "200", description = "The members", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SnapshotDtos.MembersResponse.class),
            examples = @ExampleObject(name = "members", value = SnapshotDtos.EXAMPLE_MEMBERS)))
    @APIResponse(responseCode = "403", description = "An EXPERT user linked to no expert of the Comité",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not seated on its panel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SnapshotDtos.MembersResponse snapshotMembers(@PathParam("id") UUID id) {
        if (!user.hasRole(Roles.COMITE_SECRETARIAT)) {
            experts.requirePanelSeat(id, user.id());
        }
        JsonNode snapshot = snapshotNode(id);
        List<SnapshotDtos.MemberDto> members = new ArrayList<>();
        for (JsonNode m : snapshot.path("members")) {
            members.add(new SnapshotDtos.MemberDto(text(m, "enterpriseNumber"), text(m, "name"), text(m, "kind"), text(m, "role")));
        }
        return new SnapshotDtos.MembersResponse(id, text(snapshot, "name"), members);
    }

    /** The snapshot inside the DossierSubmitted data kept verbatim with the case. */
    private JsonNode snapshotNode(UUID id) {
        String document = cases.evaluationCase(id).map(EvaluationCase::snapshotDocument).orElseThrow(() -> new ProblemException(
                CASE_NOT_FOUND, LocalizedText.of("Aucun dossier d'évaluation %s", "No evaluation case %s").formatted(id)));
        try {
            JsonNode data = json.readTree(document);
            return data.has("snapshot") ? data.get("snapshot") : data;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document stored with case " + id + " is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
