package be.wallonie.clusters.evaluation.adapter.in.rest;


import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.NoConflictRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.NoConflictResponse;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.OpinionRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.OpinionResponse;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.PanelRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.PanelResponse;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.ProposalResponse;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.ScoresRequest;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.ScoresResponse;
import be.wallonie.clusters.evaluation.adapter.in.rest.PanelDtos.SheetResponse;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ComposePanelCommand;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ComposePanelUseCase;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ExpertCaseAccess;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.GetPanelQuery;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ProposePanelQuery;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.SignNoConflictCommand;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.SignNoConflictUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.GetOpinionQuery;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.IssueOpinionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.IssueOpinionUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.ReadScoresQuery;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.SaveScoresCommand;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.SaveScoresUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.SubmitScoresUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.VisibleScores;
import be.wallonie.clusters.evaluation.domain.panel.Panel;
import be.wallonie.clusters.evaluation.domain.scoring.ScoreSheet;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A case's panel, the experts' no-conflict declarations and scores, and the opinion (domain.md §4). An EXPERT is the
 * expert whose {@code userId} is the token's subject; a case whose panel does not seat them answers 404.
 */
@Path("/api/v1/evaluation-cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Panels and opinions", description = "Panel composition, no-conflict declarations, scoring, consensus and the opinion")
@SecurityRequirement(name = "SecurityScheme")
public class PanelResource {

    static final String EXAMPLE_SCORES = """
            {"scores": [
              {"criterion": "BUSINESS_INITIATIVE", "score": 4, "reason": "Noyau dur de six PME"},
              {"criterion": "CRITICAL_MASS", "score": 3, "reason": "Neuf entreprises indépendantes"},
              {"criterion": "INTERRELATIONS", "score": 4, "reason": "Sous-traitance et R&D commune"},
              {"criterion": "COMMON_INTEREST", "score": 4, "reason": "Marché de l'éco-construction"},
              {"criterion": "COMPETITIVENESS", "score": 3, "reason": "Actions ciblées à l'export"},
              {"criterion": "DURABILITY", "score": 4, "reason": "Plan d'action sur 36 mois"},
              {"criterion": "REGIONAL_VALUE_ADDED", "score": 5, "reason": "Tous les membres en Wallonie"},
              {"criterion": "SHARED_VISION", "score": 4, "reason": "Objectifs signés par le noyau dur"}
            ]}""";
    static final String EXAMPLE_CONDITIONS = """
            {"conditions": [{"criterion": "CRITICAL_MASS", "text": "Atteindre huit entreprises indépendantes dans les douze mois"}]}""";

    private final GetPanelQuery panels;
    private final ComposePanelUseCase compose;
    private final ProposePanelQuery propose;
    private final SignNoConflictUseCase sign;
    private final ExpertCaseAccess access;
    private final SaveScoresUseCase saveScores;
    private final SubmitScoresUseCase submitScores;
    private final ReadScoresQuery scores;
    private final IssueOpinionUseCase issue;
    private final GetOpinionQuery opinions;
    private final CurrentUser user;

    PanelResource(GetPanelQuery panels, ComposePanelUseCase compose, ProposePanelQuery propose, SignNoConflictUseCase sign,
            ExpertCaseAccess access, SaveScoresUseCase saveScores, SubmitScoresUseCase submitScores, ReadScoresQuery scores,
            IssueOpinionUseCase issue, GetOpinionQuery opinions, CurrentUser user) {
        this.panels = panels;
        this.compose = compose;
        this.propose = propose;
        this.sign = sign;
        this.access = access;
        this.saveScores = saveScores;
        this.submitScores = submitScores;
        this.scores = scores;
        this.issue = issue;
        this.opinions = opinions;
        this.user = user;
    }

    @GET
    @Path("/panel")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "getPanel", summary = "The case's panel", description = "Roles: COMITE_SECRETARIAT, EXPERT (only a panel that seats them). Active "
            + "members and every removal with its reason (e.g. a conflict of interest detected later). The ETag is the panel's version.")
    @APIResponse(responseCode = "200", description = "The panel", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PanelResponse.class)))
    @APIResponse(responseCode = "404", description = "No such case (or not the expert's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response panel(@PathParam("id") UUID caseId, @Context HttpHeaders headers) {
        Panel p = panels.panel(caseId);
        if (!user.hasRole(Roles.COMITE_SECRETARIAT) && !p.seats(access.expertOf(user.id()))) {
            throw notFound(caseId);
        }
        return Response.ok(PanelResponse.of(p, Problems.english(headers))).tag(ETags.of(p.version())).build();
    }

    @PUT
    @Path("/panel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "composePanel", summary = "Compose the case's panel", description = "Role: COMITE_SECRETARIAT. If-Match with the panel's ETag is required "
            + "(428 without, 412 if stale). Checked against the rules of domain.md §4 (configurable): a refused composition answers "
            + "422 with one entry in `errors` per broken rule, `field` being the rule's code (UNKNOWN_EXPERT, DUPLICATE_EXPERT, "
            + "PANEL_SIZE, DOMAIN_COMPETENCE, REGIONAL_DEVELOPMENT_SPECIALIST, FOREIGN_EXPERT, HOME_COUNTRY_EXPERT, "
            + "NO_CONFLICT_OF_INTEREST, NO_PUBLIC_AUTHORITY_STAFF). Experts left out are recorded as removed and their scores voided.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PanelRequest.class), examples = @ExampleObject(name = "three-experts", value = """
                    {"expertIds": ["0b6f2f0e-2b1c-4c55-9b7e-1f0d3c2a9a01", "5c1d7e22-8a4f-4b0e-a2d3-77e9f1c0b302",
                                   "9e8d7c6b-5a49-4837-2615-0a1b2c3d4e03"]}""")))
    @APIResponse(responseCode = "200", description = "Composed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PanelResponse.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opinion is already issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The panel changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The composition breaks panel rules, each named in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response composePanel(@PathParam("id") UUID caseId,
            @Parameter(description = "The panel's ETag last read", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull PanelRequest request, @Context HttpHeaders headers) {
        long expected = ETags.requiredVersion(ifMatch);
        Panel p = compose.composePanel(new ComposePanelCommand(caseId, request.expertIds(), expected, user.id()));
        return Response.ok(PanelResponse.of(p, Problems.english(headers))).tag(ETags.of(p.version())).build();
    }

    @GET
    @Path("/panel/proposal")
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "proposePanel", summary = "Propose a valid panel", description = "Role: COMITE_SECRETARIAT. Eligible experts only; each required profile "
            + "is filled by the least-loaded expert who has it (fewest panels of cases without an opinion), ties broken by name then "
            + "id. When no valid panel exists, `possible` is false and `unmetRules` says which rules cannot be met.")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProposalResponse proposal(@PathParam("id") UUID caseId, @Context HttpHeaders headers) {
        return ProposalResponse.of(propose.proposePanel(caseId), Problems.english(headers));
    }

    @POST
    @Path("/no-conflict-declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "signNoConflictDeclaration", summary = "Sign the no-conflict declaration for this dossier", description = "Role: EXPERT on the case's panel. Signed "
            + "(token subject) and timestamped, once; until then the expert cannot read the dossier's snapshot, assessment or scores. "
            + "Refused (409) when a conflict of interest is detected.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoConflictRequest.class)))
    @APIResponse(responseCode = "201", description = "Signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoConflictResponse.class)))
    @APIResponse(responseCode = "400", description = "No statement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the panel does not seat the expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already signed, or a conflict of interest is detected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response signNoConflict(@PathParam("id") UUID caseId, @NotNull NoConflictRequest request, @Context UriInfo uri) {
        var d = sign.signNoConflict(new SignNoConflictCommand(caseId, user.id(), request.statement()));
        return Response.status(Response.Status.CREATED).entity(NoConflictResponse.of(d)).build();
    }

    @PUT
    @Path("/scores/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "saveMyScores", summary = "Write my draft scores", description = "Role: EXPERT on the panel, no-conflict declaration signed. One score "
            + "0–5 and a written reason for each of the eight criteria of domain.md §2, each once. Replaces the draft; If-Match "
            + "(the sheet's ETag) is optional and checked when given. Refused once submitted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoresRequest.class), examples = @ExampleObject(name = "eight-criteria", value = EXAMPLE_SCORES)))
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag", description = "The sheet's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetResponse.class)))
    @APIResponse(responseCode = "400", description = "A criterion missing or repeated, a score out of 0–5, a blank reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No-conflict declaration not signed, or a conflict detected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not the expert's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already submitted, or the opinion is issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The sheet changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response saveMyScores(@PathParam("id") UUID caseId, @HeaderParam("If-Match") String ifMatch, @NotNull ScoresRequest request) {
        ScoreSheet s = saveScores.saveScores(new SaveScoresCommand(caseId, user.id(), request.forms(), ETags.expectedVersion(ifMatch)));
        return Response.ok(SheetResponse.of(s)).tag(ETags.of(s.version())).build();
    }

    @GET
    @Path("/scores/mine")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "getMyScores", summary = "My score sheet on the case", description = "Role: EXPERT on the panel, no-conflict declaration signed.")
    @APIResponse(responseCode = "200", description = "The sheet", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetResponse.class)))
    @APIResponse(responseCode = "404", description = "No sheet yet, no such case, or not the expert's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response myScores(@PathParam("id") UUID caseId) {
        ScoreSheet s = scores.myScores(caseId, user.id()).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                LocalizedText.of("Aucun score enregistré sur ce dossier", "No scores saved on this case")));
        return Response.ok(SheetResponse.of(s)).tag(ETags.of(s.version())).build();
    }

    @POST
    @Path("/scores/mine/submission")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "submitMyScores", summary = "Submit my scores", description = "Role: EXPERT on the panel. The sheet becomes immutable; the expert may "
            + "then read the other experts' submitted scores.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetResponse.class)))
    @APIResponse(responseCode = "409", description = "No draft, already submitted, or the opinion is issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitMyScores(@PathParam("id") UUID caseId) {
        ScoreSheet s = submitScores.submitScores(caseId, user.id());
        return Response.ok(SheetResponse.of(s)).tag(ETags.of(s.version())).build();
    }

    @GET
    @Path("/scores")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.EXPERT})
    @Operation(operationId = "getPanelScores", summary = "The panel's scores", description = "Roles: COMITE_SECRETARIAT (every sheet, voided ones included), EXPERT on "
            + "the panel (their own sheet; the others' submitted sheets only once their own is submitted). REGION, CELLULE and "
            + "APPLICANT never see who scored: they read the opinion.")
    @APIResponse(responseCode = "200", description = "The sheets the caller may read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoresResponse.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or the expert's no-conflict declaration is not signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not the expert's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScoresResponse caseScores(@PathParam("id") UUID caseId) {
        if (user.hasRole(Roles.COMITE_SECRETARIAT)) {
            return new ScoresResponse(scores.allScores(caseId).stream().map(SheetResponse::of).toList(), true);
        }
        VisibleScores v = scores.scoresForExpert(caseId, user.id());
        return new ScoresResponse(v.sheets().stream().map(SheetResponse::of).toList(), v.othersVisible());
    }

    @POST
    @Path("/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "issueOpinion", summary = "Issue the Comité's opinion", description = "Role: COMITE_SECRETARIAT, once every active panel member (a full "
            + "panel) submitted. Per criterion the consensus score (default: median), met when at least 3/5 (configurable), the "
            + "majority and any minority view. Outcome: all necessary criteria met → FAVOURABLE (FAVOURABLE_WITH_CONDITIONS if "
            + "conditions are given); every unmet criterion answered by a condition → FAVOURABLE_WITH_CONDITIONS; otherwise "
            + "UNFAVOURABLE with the reasons per criterion. A condition may answer an unmet criterion only when its consensus score is at "
            + "least the condition floor (default 2/5, configurable): below it the opinion is UNFAVOURABLE whatever the conditions; a "
            + "condition on a met criterion is refused (422 CONDITION_ON_MET_CRITERION). A superseded round is refused (409 "
            + "ROUND_SUPERSEDED). Emits OpinionIssued (with the consensus method and the met threshold). Once only (409 "
            + "OPINION_ALREADY_ISSUED, also for a concurrent second issue). Send `{}` for no condition.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpinionRequest.class),
            examples = @ExampleObject(name = "with-condition", value = EXAMPLE_CONDITIONS)))
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpinionResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid condition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A condition on a criterion the panel found met",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already issued, the round is superseded, or the panel is incomplete or has not submitted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issueOpinion(@PathParam("id") UUID caseId, OpinionRequest request) {
        var o = issue.issueOpinion(new IssueOpinionCommand(caseId, request == null ? null : request.forms(), user.id()));
        return Response.status(Response.Status.CREATED).entity(OpinionResponse.of(o, true)).build();
    }

    @GET
    @Path("/opinion")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "getCaseOpinion", summary = "The Comité's opinion on the case", description = "Roles: COMITE_SECRETARIAT, REGION, CELLULE, once issued. "
            + "Findings per criterion, conditions and reasons; never who scored.")
    @APIResponse(responseCode = "200", description = "The opinion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpinionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such case, or no opinion yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpinionResponse opinion(@PathParam("id") UUID caseId) {
        return opinions.opinion(caseId).map(o -> OpinionResponse.of(o, user.hasRole(Roles.COMITE_SECRETARIAT))).orElseThrow(() -> new ProblemException(
                new ProblemType("opinion-not-found", 404, LocalizedText.of("Avis introuvable", "Opinion not found")),
                LocalizedText.of("Le Comité n'a pas encore rendu d'avis sur le dossier d'évaluation %s",
                        "The Comité has not issued an opinion on evaluation case %s yet").formatted(caseId)));
    }

    private static ProblemException notFound(UUID caseId) {
        return new ProblemException(EvaluationCaseResource.CASE_NOT_FOUND,
                LocalizedText.of("Aucun dossier d'évaluation %s", "No evaluation case %s").formatted(caseId));
    }
}
