package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.AuditEntry;
import be.wallonie.clusters.registry.application.port.in.DecideOnDossierCommand;
import be.wallonie.clusters.registry.application.port.in.DecideOnDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.DeclareAnimatorPostUseCase;
import be.wallonie.clusters.registry.application.port.in.GetAuditTrailQuery;
import be.wallonie.clusters.registry.application.port.in.GetDecisionRecordsQuery;
import be.wallonie.clusters.registry.application.port.in.GetDossierQuery;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

/** The Comité's opinion as the registry received it, the Region's decision, the agrément it grants. */
@Path("/api/v1/dossiers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions and agréments", description = "The Comité advises, the Region decides; a validated cluster gets its agrément")
@SecurityRequirement(name = "SecurityScheme")
public class DecisionResource {

    static final ProblemType OPINION_NOT_FOUND = new ProblemType("opinion-not-found", 404,
            LocalizedText.of("Avis introuvable", "Opinion not found"));

    private final DecideOnDossierUseCase decide;
    private final DeclareAnimatorPostUseCase animator;
    private final GetDecisionRecordsQuery records;
    private final GetAuditTrailQuery audit;
    private final CurrentUser user;
    private final GetDossierQuery dossiers;

    DecisionResource(DecideOnDossierUseCase decide, DeclareAnimatorPostUseCase animator, GetDecisionRecordsQuery records,
            GetAuditTrailQuery audit, CurrentUser user, GetDossierQuery dossiers) {
        this.dossiers = dossiers;
        this.audit = audit;
        this.decide = decide;
        this.animator = animator;
        this.records = records;
        this.user = user;
    }

    @Schema(name = "AnimatorPost", description = "The animateur post: who employs the animateur (and receives the co-funding)")
    public record AnimatorPostRequest(
            @NotNull @Schema(description = "A registered organisation") UUID employerOrganisationId,
            @NotNull @DecimalMin(value = "0.1") @DecimalMax("5") @Schema(example = "1.0") BigDecimal fte,
            @NotNull @Schema(example = "2027-01-01") LocalDate startDate,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "95000.00") BigDecimal yearlyCost,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "30000.00") BigDecimal privateContributionsPerYear,
            @Size(max = 200) @Schema(description = "The person who holds the post, when known", example = "Jeanne Dupont")
            String animatorName) {

        static AnimatorPostRequest of(AnimatorPost p) {
            return new AnimatorPostRequest(p.employerOrganisationId(), p.fte(), p.startDate(), p.yearlyCost(),
                    p.privateContributionsPerYear(), p.animatorName());
        }
    }

    @Schema(name = "DecisionRequest")
    public record DecisionRequest(
            @NotNull @Schema(example = "VALIDATED") Decision.Outcome outcome,
            @Size(max = 4000) @Schema(description = "Required when the decision departs from the Comité's opinion",
                    example = "Intérêt régional majeur pour la filière bois malgré l'avis défavorable sur la masse critique")
            String justification,
            @Schema(description = "First day of the agrément; the decision date when absent", example = "2027-01-01")
            LocalDate agrementStart) {
    }

    @Schema(name = "Opinion", description = "The Comité's opinion (experts anonymous)")
    public record OpinionResponse(UUID opinionId, int snapshotVersion,
            @Schema(example = "FAVOURABLE_WITH_CONDITIONS") String outcome, List<Opinion.Finding> findings, List<String> conditions,
            Instant issuedAt,
            @Schema(description = "The criteria policy version the Comité applied (null for opinions received before it was kept)",
                    example = "criteria-2026.1") String policyVersion,
            @Schema(description = "How the panel's consensus score per criterion was computed", example = "MEDIAN") String consensusMethod,
            @Schema(description = "The consensus score (out of 5) at which a criterion is met", example = "3") BigDecimal metThreshold) {

        static OpinionResponse of(Opinion o) {
            return new OpinionResponse(o.opinionId(), o.snapshotVersion(), o.outcome().name(), o.findings(), o.conditions(), o.issuedAt(),
                    o.policyVersion(), o.consensusMethod(), o.metThreshold());
        }
    }

    @Schema(name = "Decision")
    public record DecisionResponse(UUID id, int snapshotVersion, @Schema(example = "VALIDATED") String outcome, UUID opinionId,
            @Schema(example = "UNFAVOURABLE") String opinion, boolean departsFromOpinion, String justification, String decidedBy,
            Instant decidedAt) {

        static DecisionResponse of(Decision d) {
            return new DecisionResponse(d.id(), d.snapshotVersion(), d.outcome().name(), d.opinionId(), d.opinion().name(),
                    d.departsFromOpinion(), d.justification(), d.decidedBy(), d.decidedAt());
        }
    }

    @Schema(name = "Agrement")
    public record AgrementResponse(UUID id, int periodNumber, LocalDate start, LocalDate end, @Schema(example = "ACTIVE") String status,
            UUID decisionId, Instant grantedAt) {

        static AgrementResponse of(Agrement a) {
            return new AgrementResponse(a.id(), a.periodNumber(), a.start(), a.end(), a.status().name(), a.decisionId(), a.grantedAt());
        }
    }

    @Schema(name = "DecisionOutcome", description = "The decision, the dossier after it and the agrément a validation grants")
    public record DecidedResponse(DecisionResponse decision, DossierResponse dossier, AgrementResponse agrement) {
    }

    @PUT
    @Path("/animator-post")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "declareAnimatorPost", summary = "State the cluster's animateur post", description = "Roles: APPLICANT, CELLULE. Who employs the "
            + "animateur (a registered organisation, which receives the co-funding), FTE, start, eligible yearly cost and the "
            + "members' private contributions. An economic cluster is validated only with an animateur post (a grape or a pole "
            + "needs none: it states its funded beneficiary). An applicant states it only "
            + "for a dossier of which its organisation is a core-group member or the animateur's employer. The post is part of the dossier a submission "
            + "freezes: only while the dossier is editable (DRAFT, RETURNED_FOR_COMPLETION, VALIDATED; 409 "
            + "`dossier-not-editable` otherwise), If-Match with the dossier's ETag is required (428/412), and the dossier's "
            + "ETag changes (sent back).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnimatorPostRequest.class),
            examples = @ExampleObject(name = "full-time", value = """
                    {"employerOrganisationId": "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f", "fte": 1.0, "startDate": "2027-01-01",
                     "yearlyCost": 95000.00, "privateContributionsPerYear": 30000.00}""")))
    @APIResponse(responseCode = "200", description = "Stated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnimatorPostRequest.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is not editable in its status", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response declareAnimatorPost(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AnimatorPostRequest r) {
        long expected = ETags.requiredVersion(ifMatch);
        AnimatorPost post = new AnimatorPost(r.employerOrganisationId(), r.fte(), r.startDate(), r.yearlyCost(),
                r.privateContributionsPerYear(), r.animatorName());
        Dossier d = animator.declareAnimatorPost(new DossierId(id), expected, post, Callers.of(user));
        return Response.ok(AnimatorPostRequest.of(post)).tag(ETags.of(d.version())).build();
    }

    @GET
    @Path("/opinion")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getDossierOpinion", summary = "The Comité's opinion on the current snapshot", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE, REGION. "
            + "Findings per criterion and conditions; never who scored.")
    @APIResponse(responseCode = "200", description = "The opinion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpinionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier, or no opinion yet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpinionResponse opinion(@PathParam("id") UUID id) {
        dossiers.readDossier(new DossierId(id), Callers.of(user)); // DossierAccess: an applicant reads only its own dossiers
        return records.currentOpinion(new DossierId(id)).map(OpinionResponse::of).orElseThrow(() -> new ProblemException(
                OPINION_NOT_FOUND, LocalizedText.of("Le Comité n'a pas encore rendu d'avis sur le dossier %s",
                        "The Comité has not issued an opinion on dossier %s yet").formatted(id)));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION)
    @Operation(operationId = "decideDossier", summary = "Decide on the dossier", description = "Role: REGION. Once the Comité's opinion is in "
            + "(status OPINION_RECEIVED): VALIDATED or REJECTED. A decision that departs from the opinion needs a written "
            + "justification. Validation needs, in the judged snapshot, the animateur post (ECONOMIC_CLUSTER; 409 "
            + "`animator-post-missing`) or the funded beneficiary (TECHNOLOGY_GRAPE, COMPETITIVENESS_POLE: no animateur post "
            + "needed; 409 `funded-beneficiary-missing`), and grants the first agrément (3 years by default, from "
            + "`agrementStart` or the decision date; publishes DossierDecided and AgrementGranted) or, on a renewal, the next "
            + "period from the day after the current one ends (the current one becomes RENEWED; publishes AgrementRenewed). "
            + "If-Match is required.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionRequest.class),
            examples = {@ExampleObject(name = "following-the-opinion", value = "{\"outcome\": \"VALIDATED\"}"),
                    @ExampleObject(name = "departing-from-the-opinion", value = """
                            {"outcome": "VALIDATED", "justification": "Intérêt régional majeur pour la filière bois",
                             "agrementStart": "2027-01-01"}""")}))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecidedResponse.class)))
    @APIResponse(responseCode = "400", description = "Departing from the opinion without justification (field "
            + "`justification`), or an invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Region decides", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not at the decision stage, or validating without the animateur post (economic cluster) or the funded beneficiary (grape, pole)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionRequest r) {
        long expected = ETags.requiredVersion(ifMatch);
        DecideOnDossierUseCase.Decided d = decide.decideOnDossier(new DecideOnDossierCommand(new DossierId(id), expected, r.outcome(),
                r.justification(), r.agrementStart(), user.id()));
        return Response.ok(new DecidedResponse(DecisionResponse.of(d.decision()), DossierResponse.of(d.dossier()),
                d.agrement().map(AgrementResponse::of).orElse(null))).tag(ETags.of(d.dossier().version())).build();
    }

    @GET
    @Path("/decisions")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listDossierDecisions", summary = "The Region's decisions on the dossier", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE, REGION. Oldest first.")
    @APIResponse(responseCode = "200", description = "The decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionResponse[].class)))
    public List<DecisionResponse> decisions(@PathParam("id") UUID id) {
        dossiers.readDossier(new DossierId(id), Callers.of(user));
        return records.decisions(new DossierId(id)).stream().map(DecisionResponse::of).toList();
    }

    @GET
    @Path("/agrements")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listDossierAgrements", summary = "The cluster's agréments", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE, REGION. One per period.")
    @APIResponse(responseCode = "200", description = "The agréments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgrementResponse[].class)))
    public List<AgrementResponse> agrements(@PathParam("id") UUID id) {
        dossiers.readDossier(new DossierId(id), Callers.of(user));
        return records.agrements(new DossierId(id)).stream().map(AgrementResponse::of).toList();
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getDossierAuditTrail", summary = "The dossier's audit trail", description = "Roles: CELLULE, REGION. Every change to the dossier, its "
            + "decisions and its agréments — who, when, what, why — oldest first.")
    @APIResponse(responseCode = "200", description = "The trail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntry[].class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.auditTrail(new DossierId(id));
    }
}
