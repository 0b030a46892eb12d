package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.CreatePolicyEvaluationCommand;
import be.wallonie.clusters.evaluation.application.port.in.CreatePolicyEvaluationUseCase;
import be.wallonie.clusters.evaluation.application.port.in.FinalisePolicyEvaluationUseCase;
import be.wallonie.clusters.evaluation.application.port.in.FinalisePolicyEvaluationUseCase.FinalisePolicyEvaluationCommand;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.ReadPolicyEvaluationsQuery;
import be.wallonie.clusters.evaluation.application.port.in.WritePolicyEvaluationFindingsUseCase;
import be.wallonie.clusters.evaluation.application.port.in.WritePolicyEvaluationFindingsUseCase.WritePolicyEvaluationFindingsCommand;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
 * The biennial evaluation of the cluster policy, the Cellule's work included (000_… III.2). Readable by the
 * secretariat, the Region (which the report is written for) and the Cellule (whose work it evaluates: it may read
 * the findings about itself, it cannot commission or change them).
 */
@Path("/api/v1/policy-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy evaluations", description = "The Comité's periodic evaluation of the whole cluster policy, from the events "
        + "it receives: dossiers, opinions, decisions, agréments, funding committed and paid, follow-up indicators and execution "
        + "of the plan, the Cellule's accompaniment and avis; with the Comité's findings and recommendations, as JSON, CSV or a "
        + "printable page")
@SecurityRequirement(name = "SecurityScheme")
public class PolicyEvaluationResource {

    static final ProblemType POLICY_EVALUATION_NOT_FOUND = new ProblemType("policy-evaluation-not-found", 404,
            LocalizedText.of("Évaluation de la politique introuvable", "Policy evaluation not found"));

    static final String CSV = "text/csv";
    static final String HTML = "text/html";

    static final String IF_MATCH_DOC = "If-Match with the ETag last read (the findings' version, on the report and on its "
            + "findings) is required: 428 without it, 412 if they changed since. A final report refuses every change (409 "
            + "`policy-evaluation-final`).";

    static final String EXAMPLE_FINDINGS = """
            {"findings": {"fr": "La Cellule a accompagné 14 projets ; 5 sont devenus des dossiers.", "en": null},
             "recommendations": {"fr": "Suivre les rapports en retard dès avril.", "en": "Follow up overdue reports from April."}}""";

    static final String EXAMPLE_REQUEST = """
            {"from": "2025-01-01", "to": "2027-01-01"}""";

    static final String EXAMPLE_REPORT = """
            {"id": "8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11", "computedAt": "2027-01-05T09:30:00Z", "computedBy": "secretariat-1",
             "periodFrom": "2025-01-01", "periodTo": "2027-01-01", "methodVersion": "policy-evaluation-2",
             "dossiersReceived": {"dossiers": 14, "submissions": 17, "byScheme": {"COMPETITIVENESS_POLE": 2, "ECONOMIC_CLUSTER": 10, "TECHNOLOGY_GRAPE": 2}},
             "timeToOpinion": {"opinionsIssued": 15, "byOpinion": {"FAVOURABLE": 8, "FAVOURABLE_WITH_CONDITIONS": 4, "UNFAVOURABLE": 3},
               "measured": 15, "medianDays": 41.5, "p90Days": 77.0, "maxDays": 93.2, "awaitingOpinion": 2},
             "validation": {"decided": 13, "validated": 10, "rejected": 3, "validationRate": 0.7692},
             "divergence": {"decisionsWithOpinion": 13, "divergent": 1, "divergenceRate": 0.0769, "validatedAgainstUnfavourable": 1, "rejectedAgainstFavourable": 0},
             "agrements": {"granted": 10, "renewed": 3, "expired": 1},
             "fundingCommitted": {"total": 2871450.12, "currency": "EUR", "byScheme": {"CLUSTER_ANIMATOR": 2771450.12, "TECHNOLOGY_GRAPE": 100000.00},
               "byBudgetYear": {"2025": 1320000.00, "2026": 1551450.12}, "schedulesCounted": 12},
             "followUpTrends": [{"indicator": "jobs", "totalsByYear": {"2025": 5210.5, "2026": 5630.0}, "clustersByYear": {"2025": 9, "2026": 10},
               "firstYear": 2025, "lastYear": 2026, "change": 419.5, "changeRate": 0.0805}],
             "celluleActivity": {"acts": 212, "hours": 530.5, "actsByKind": {"MEETING": 120, "PARTNER_SEARCH": 40, "INFORMATION_SESSION": 12,
               "FORMALISATION_HELP": 30, "EXPERIENCE_EXCHANGE": 6, "REFERRAL_TO_OTHER_AID": 4}, "hoursByKind": {"MEETING": 240.0},
               "organisationParticipations": 1130, "projectsAccompanied": 31, "projectsBecameDossiers": 9, "dossiersAccompanied": 12,
               "contactToSubmissionMeasured": 8, "medianDaysContactToSubmission": 143.5,
               "avisAgreement": {"opinionsWithAvis": 14, "opinionsWithoutAvis": 1, "agreeing": 11, "agreementRate": 0.7857,
                 "sameDirection": 13, "sameDirectionRate": 0.9286, "byPair": {"FAVOURABLE/FAVOURABLE": 7, "RESERVED/FAVOURABLE": 2}}},
             "amountsPaid": {"total": 2410000.00, "currency": "EUR", "payments": 61, "reversals": 1,
               "byScheme": {"CLUSTER_ANIMATOR": 2310000.00, "TECHNOLOGY_GRAPE": 100000.00},
               "byBudgetYear": [{"budgetYear": 2025, "paid": 1300000.00, "paidByScheme": {"CLUSTER_ANIMATOR": 1250000.00, "TECHNOLOGY_GRAPE": 50000.00},
                 "committed": 1320000.00, "paidShareOfCommitted": 0.9848}]},
             "followUpExecution": {"byYear": [{"year": 2025, "reports": 10, "withPlanData": 9, "withoutPlanData": 1, "actionsPlanned": 120,
                 "carriedOut": 90, "ongoing": 18, "postponed": 8, "dropped": 4, "executionRate": 0.7500, "budgetPlanned": 900000.00,
                 "budgetSpent": 810000.00, "budgetSpentRate": 0.9000, "gainsTargeted": 40, "gainsAchieved": 29, "gainsAchievedRate": 0.7250,
                 "conditionsTotal": 12, "conditionsMet": 10, "conditionsMetRate": 0.8333}],
               "overdue": {"reportsWithDueDay": 10, "filedLate": 2, "filedLateRate": 0.2000, "yearsDue": 11, "yearsDueWithoutReport": 1,
                 "asOf": "2027-01-05"}},
             "basis": {"submissions": 31, "opinions": 27, "decisions": 25, "agrementFacts": 30, "fundingScheduleVersions": 40,
               "followUpReportVersions": 44, "accompanimentActs": 260, "accompaniedProjects": 35, "celluleAvisVersions": 33,
               "payments": 70, "lastFactReceivedAt": "2027-01-04T16:02:11Z"},
             "findings": {"version": 0, "findings": {"fr": null, "en": null}, "recommendations": {"fr": null, "en": null},
               "writtenAt": null, "writtenBy": null, "finalised": false, "finalisedAt": null, "finalisedBy": null}}""";

    static final String EXAMPLE_CSV = """
            report_id;period_from;period_to;section;indicator;breakdown;year;value;unit
            8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11;2025-01-01;2027-01-01;dossiers_received;dossiers;;;14;count
            8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11;2025-01-01;2027-01-01;time_to_opinion;median;;;41,5;days
            8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11;2025-01-01;2027-01-01;funding_committed;granted;CLUSTER_ANIMATOR;;2771450,12;EUR
            8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11;2025-01-01;2027-01-01;cellule_activity;hours;MEETING;;240,0;hours
            8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11;2025-01-01;2027-01-01;avis_agreement;agreement_rate;;;0,7857;share
            8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11;2025-01-01;2027-01-01;amounts_paid;paid_share_of_committed;;2025;0,9848;share
            8d7c5a61-3f0e-4f7e-9a55-2f4f8c1b0e11;2025-01-01;2027-01-01;overdue_reports;years_due_without_report;;;1;count
            """;

    private final CreatePolicyEvaluationUseCase create;
    private final ReadPolicyEvaluationsQuery read;
    private final CurrentUser user;
    private final WritePolicyEvaluationFindingsUseCase write;
    private final FinalisePolicyEvaluationUseCase finalise;

    PolicyEvaluationResource(CreatePolicyEvaluationUseCase create, ReadPolicyEvaluationsQuery read, CurrentUser user,
            WritePolicyEvaluationFindingsUseCase write, FinalisePolicyEvaluationUseCase finalise) {
        this.create = create;
        this.read = read;
        this.user = user;
        this.write = write;
        this.finalise = finalise;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "createPolicyEvaluation", summary = "Evaluate the policy over a period",
            description = "Roles: COMITE_SECRETARIAT. Computes the report of [from, to) from every fact received so far and "
                    + "stores it, immutable, with the time it was computed and what it read (`basis`). Without `to`, the "
                    + "period ends with today; without `from`, it lasts the configured length (24 months by default). "
                    + "Dossiers, opinions, decisions and agréments count by the Brussels day they happened; funding by the "
                    + "budget years whose 1 January falls in the period, from the latest schedule version of each dossier "
                    + "and scheme; follow-up indicators by the reported years whose 1 January falls in the period, from the "
                    + "latest version of each cluster's report.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationRequest.class),
            examples = {@ExampleObject(name = "two-years", summary = "The two calendar years 2025 and 2026", value = EXAMPLE_REQUEST),
                @ExampleObject(name = "default", summary = "The last 24 months, today included", value = "{}")}))
    @APIResponse(responseCode = "201", description = "Computed and stored",
            headers = @Header(name = "Location", description = "Address of the report"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationResponse.class),
                    examples = @ExampleObject(name = "report", value = EXAMPLE_REPORT)))
    @APIResponse(responseCode = "400", description = "Unreadable date, or a period that ends before it starts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(PolicyEvaluationRequest request, @Context UriInfo uri) {
        PolicyEvaluationRequest r = request == null ? new PolicyEvaluationRequest(null, null) : request;
        StoredPolicyEvaluation stored = create.createPolicyEvaluation(new CreatePolicyEvaluationCommand(r.from(), r.to(), user.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).build()).tag(ETags.of(0))
                .entity(PolicyEvaluationResponse.of(stored, null)).build();
    }

    @GET
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "listPolicyEvaluations", summary = "The stored policy evaluations", description = "Roles: COMITE_SECRETARIAT, REGION, CELLULE. Newest first; "
            + "`page` is 0-based, `size` 1 to 100 (default 20).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationResponse.SummaryPage.class)))
    @APIResponse(responseCode = "400", description = "The page is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyEvaluationResponse.SummaryPage list(
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        return PolicyEvaluationResponse.SummaryPage.of(read.policyEvaluations(QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE)));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, CSV, HTML})
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "getPolicyEvaluation", summary = "Read a policy evaluation (JSON, CSV or printable HTML)",
            description = "Roles: COMITE_SECRETARIAT, REGION, CELLULE. "
            + "`Accept: text/csv` gives one row per figure with the columns " + PolicyEvaluationCsv.COLUMNS_DOC
            + "; ';' separates fields and ',' is the decimal mark (as the funding service's CSV with separator=semicolon, "
            + "decimal=comma). `Accept: text/html` gives the Region's printable document (title, period, the Comité's findings "
            + "and recommendations, every section as a table with its explanation) in the language of `Accept-Language` "
            + "(French by default). The ETag is the version of the findings.")
    @APIResponse(responseCode = "200", description = "The report", headers = @Header(name = "ETag", description = "The findings' version"),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationResponse.class),
                    examples = @ExampleObject(name = "report", value = EXAMPLE_REPORT)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)),
                @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        StoredPolicyEvaluation stored = find(id);
        // The first specific type the caller names wins (browsers ask for text/html first); JSON otherwise.
        MediaType wanted = headers.getAcceptableMediaTypes().stream().filter(m -> !m.isWildcardType())
                .filter(m -> m.isCompatible(MediaType.valueOf(CSV)) || m.isCompatible(MediaType.TEXT_HTML_TYPE)
                        || m.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .findFirst().orElse(MediaType.APPLICATION_JSON_TYPE);
        if (wanted.isCompatible(MediaType.valueOf(CSV))) {
            return csv(stored);
        }
        PolicyEvaluationFindings findings = findings(id);
        if (wanted.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return html(stored, findings, headers);
        }
        return Response.ok(PolicyEvaluationResponse.of(stored, findings), MediaType.APPLICATION_JSON)
                .tag(ETags.of(findings.version())).build();
    }

    @GET
    @Path("/{id}.html")
    @Produces(HTML)
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "getPolicyEvaluationHtml", summary = "The policy evaluation as a printable page",
            description = "Roles: COMITE_SECRETARIAT, REGION, CELLULE. The same page as `Accept: text/html` on the report: "
            + "self-contained (no script, no external resource), print CSS, in the language of `Accept-Language`.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getHtml(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        StoredPolicyEvaluation stored = find(id);
        return html(stored, findings(id), headers);
    }

    @GET
    @Path("/{id}/findings")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "getPolicyEvaluationFindings", summary = "The Comité's findings and recommendations on a report",
            description = "Roles: COMITE_SECRETARIAT, REGION, CELLULE. Version 0 before anything is written. The ETag is the version.")
    @APIResponse(responseCode = "200", description = "The findings", headers = @Header(name = "ETag", description = "Their version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationResponse.FindingsResponse.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getFindings(@PathParam("id") UUID id) {
        return answer(findings(id));
    }

    @PUT
    @Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "writePolicyEvaluationFindings", summary = "Write the Comité's findings and recommendations",
            description = "Roles: COMITE_SECRETARIAT. Replaces the texts (French and/or English, at least one, each at most "
            + "20 000 characters); the computed figures never change. Every version is kept (`…/findings/history`). " + IF_MATCH_DOC)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyEvaluationResponse.FindingsRequest.class),
            examples = @ExampleObject(name = "findings", value = EXAMPLE_FINDINGS)))
    @APIResponse(responseCode = "200", description = "Written", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationResponse.FindingsResponse.class)))
    @APIResponse(responseCode = "400", description = "No text at all, or a text too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The report is final",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match; the ETag header gives the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response writeFindings(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            PolicyEvaluationResponse.FindingsRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        PolicyEvaluationResponse.FindingsRequest r = request == null ? new PolicyEvaluationResponse.FindingsRequest(null, null) : request;
        return answer(write.writeFindings(new WritePolicyEvaluationFindingsCommand(id, expected,
                r.findings() == null ? null : r.findings().toDomain(), r.recommendations() == null ? null : r.recommendations().toDomain(),
                user.id())));
    }

    @POST
    @Path("/{id}/finalisation")
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "finalisePolicyEvaluation", summary = "Mark the report final",
            description = "Roles: COMITE_SECRETARIAT. Needs findings; afterwards nothing of the report changes. " + IF_MATCH_DOC)
    @APIResponse(responseCode = "200", description = "Final", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationResponse.FindingsResponse.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already final, or no findings written (`policy-evaluation-without-findings`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response finalise(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        return answer(finalise.finalisePolicyEvaluation(new FinalisePolicyEvaluationCommand(id, expected, user.id())));
    }

    @GET
    @Path("/{id}/findings/history")
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "getPolicyEvaluationFindingsHistory", summary = "Every version of the findings (audit trail)",
            description = "Roles: COMITE_SECRETARIAT, REGION, CELLULE. Each version written or finalised, who and when, newest "
            + "first; `page` is 0-based, `size` 1 to 100 (default 20).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEvaluationResponse.FindingsHistoryPage.class)))
    @APIResponse(responseCode = "400", description = "The page is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyEvaluationResponse.FindingsHistoryPage findingsHistory(@PathParam("id") UUID id,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        return PolicyEvaluationResponse.FindingsHistoryPage.of(read.findingsHistory(id,
                QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE), QueryParams.integer("size", size, Page.DEFAULT_SIZE, 1,
                        Page.MAX_SIZE)).orElseThrow(() -> notFound(id)));
    }

    @GET
    @Path("/{id}.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.COMITE_SECRETARIAT, Roles.REGION, Roles.CELLULE})
    @Operation(operationId = "getPolicyEvaluationCsv", summary = "Download a policy evaluation as CSV", description = "Roles: COMITE_SECRETARIAT, REGION, CELLULE. The "
            + "same CSV as `Accept: text/csv` on the report, as a file.")
    @APIResponse(responseCode = "200", description = "The report as CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getCsv(@PathParam("id") UUID id) {
        return csv(find(id));
    }

    private StoredPolicyEvaluation find(UUID id) {
        return read.policyEvaluation(id).orElseThrow(() -> notFound(id));
    }

    private PolicyEvaluationFindings findings(UUID id) {
        return read.findings(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(POLICY_EVALUATION_NOT_FOUND,
                LocalizedText.of("Aucune évaluation de la politique %s", "No policy evaluation %s").formatted(id));
    }

    private static Response answer(PolicyEvaluationFindings f) {
        return Response.ok(PolicyEvaluationResponse.FindingsResponse.of(f), MediaType.APPLICATION_JSON).tag(ETags.of(f.version())).build();
    }

    private static Response html(StoredPolicyEvaluation stored, PolicyEvaluationFindings findings, HttpHeaders headers) {
        boolean english = Problems.english(headers);
        return Response.ok(PolicyEvaluationHtml.write(stored, findings, english), HTML + "; charset=UTF-8")
                .header("Content-Language", english ? "en" : "fr").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .tag(ETags.of(findings.version())).build();
    }

    private static Response csv(StoredPolicyEvaluation stored) {
        return Response.ok(PolicyEvaluationCsv.write(stored), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"policy-evaluation-" + stored.id() + ".csv\"").build();
    }
}
