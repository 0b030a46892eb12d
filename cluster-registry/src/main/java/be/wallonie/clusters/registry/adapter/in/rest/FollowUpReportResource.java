package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.FileFollowUpReportUseCase;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpReportsQuery;
import be.wallonie.clusters.registry.application.port.in.GetJudgedPlanQuery;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import be.wallonie.clusters.registry.domain.followup.Indicators;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The yearly follow-up reports of a validated cluster. */
@Path("/api/v1/dossiers/{id}/follow-up-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "What a validated cluster reports every year: indicators and the plan the Comité judged")
@SecurityRequirement(name = "SecurityScheme")
public class FollowUpReportResource {

    static final int MAX_SIZE = 100;
    static final ProblemType REPORT_NOT_FOUND = new ProblemType("follow-up-report-not-found", 404,
            LocalizedText.of("Rapport de suivi introuvable", "Follow-up report not found"));
    static final ProblemType PLAN_NOT_FOUND = new ProblemType("follow-up-plan-not-found", 404,
            LocalizedText.of("Plan à suivre introuvable", "Plan to follow not found"));

    static final String EXAMPLE = """
            {"year": 2027, "indicators": {"jointProjectsStarted": 4,
             "jointProjectsCompleted": 2, "genericActions": 11, "targetedActions": 6, "innovations": 3, "patentsFiled": 1,
             "companiesCreated": 2, "internationalisationActions": 5, "jobs": 1250.5, "turnover": 310000000.00,
             "exports": 125000000.00, "trainingDays": 480},
             "plan": {"actions": [{"index": 1, "status": "CARRIED_OUT", "actualBudget": 18500.00,
                                   "actualParticipants": ["6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f"]},
                                  {"index": 2, "status": "POSTPONED", "reason": "Salon reporté à 2028 par l'organisateur",
                                   "actualBudget": 0, "actualParticipants": []}],
                      "expectedGains": [{"index": 1, "achieved": 1100000}],
                      "conditions": [{"index": 1, "met": true, "comment": "Animateur engagé en mars"}]}}""";

    private final FileFollowUpReportUseCase file;
    private final GetFollowUpReportsQuery query;
    private final GetJudgedPlanQuery plans;
    private final CurrentUser user;

    FollowUpReportResource(FileFollowUpReportUseCase file, GetFollowUpReportsQuery query, GetJudgedPlanQuery plans, CurrentUser user) {
        this.file = file;
        this.query = query;
        this.plans = plans;
        this.user = user;
    }

    @Schema(name = "FollowUpIndicators", description = "domain.md §3; every count and amount is required and non-negative, "
            + "except the members by kind and size, derived from the membership ledger")
    public record IndicatorsDto(
            @Schema(description = "Member organisations by kind (ENTERPRISE, RESEARCH_CENTRE, …), every kind present. Derived from "
                    + "the membership ledger on 31 December of the year (or the agrément's last day when earlier): answered, "
                    + "never typed — a value sent is ignored", readOnly = true) Map<String, Integer> membersByKind,
            @Schema(description = "Member enterprises by size class (MICRO, SMALL, MEDIUM, LARGE), every class present. Derived "
                    + "like membersByKind; a value sent is ignored", readOnly = true) Map<String, Integer> enterprisesBySize,
            @Schema(minimum = "0") Integer jointProjectsStarted, @Schema(minimum = "0") Integer jointProjectsCompleted,
            @Schema(minimum = "0") Integer genericActions, @Schema(minimum = "0") Integer targetedActions,
            @Schema(minimum = "0") Integer innovations, @Schema(minimum = "0") Integer patentsFiled,
            @Schema(minimum = "0") Integer companiesCreated, @Schema(minimum = "0") Integer internationalisationActions,
            @Schema(minimum = "0", description = "Jobs in member enterprises (FTE)") BigDecimal jobs,
            @Schema(minimum = "0", description = "Members' turnover, euros") BigDecimal turnover,
            @Schema(minimum = "0", description = "Members' exports, euros") BigDecimal exports,
            @Schema(minimum = "0", description = "Training delivered, participant-days") BigDecimal trainingDays) {

        Indicators toDomain() {
            return new Indicators(membersByKind, enterprisesBySize, jointProjectsStarted, jointProjectsCompleted, genericActions,
                    targetedActions, innovations, patentsFiled, companiesCreated, internationalisationActions, jobs, turnover, exports,
                    trainingDays);
        }

        static IndicatorsDto of(Indicators i) {
            return new IndicatorsDto(i.membersByKind(), i.enterprisesBySize(), i.jointProjectsStarted(), i.jointProjectsCompleted(),
                    i.genericActions(), i.targetedActions(), i.innovations(), i.patentsFiled(), i.companiesCreated(),
                    i.internationalisationActions(), i.jobs(), i.turnover(), i.exports(), i.trainingDays());
        }
    }

    @Schema(name = "FollowUpReportRequest")
    public record FilingRequest(@Schema(example = "2027", description = "A calendar year inside one of the cluster's agréments")
            Integer year, IndicatorsDto indicators, FollowUpPlanDtos.PlanDto plan) {
    }

    @Schema(name = "FollowUpCorrectionRequest")
    public record CorrectionRequest(@Schema(example = "Chiffre d'affaires 2027 révisé après clôture des comptes")
            String correctionReason, IndicatorsDto indicators, FollowUpPlanDtos.PlanDto plan) {
    }

    @Schema(name = "FollowUpReport")
    public record ReportResponse(UUID id, int year, int version, UUID agrementId, String correctionReason, IndicatorsDto indicators,
            @Schema(description = "The account of the judged plan, with the plan's titles echoed; null for a report filed before "
                    + "it was asked") FollowUpPlanDtos.PlanDto plan,
            FollowUpPlanDtos.ExecutionDto planExecution, String filedBy, Instant filedAt) {

        static ReportResponse of(FollowUpReport r) {
            return new ReportResponse(r.id(), r.year(), r.version(), r.agrementId(), r.correctionReason(),
                    IndicatorsDto.of(r.indicators()), FollowUpPlanDtos.PlanDto.of(r.plan()),
                    FollowUpPlanDtos.ExecutionDto.of(r.planExecution().orElse(null)), r.filedBy(), r.filedAt());
        }
    }

    @Schema(name = "FollowUpReportPage", description = "The current version of each year's report")
    public record ReportPageResponse(List<ReportResponse> items, int page, int size, long total) {
    }

    @Schema(name = "FollowUpYear", description = "A year's report: its current version and every version, oldest first")
    public record YearResponse(int year, int currentVersion, List<ReportResponse> versions) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "fileFollowUpReport", summary = "File the yearly follow-up report", description = "Roles: APPLICANT, CELLULE. For a validated cluster, a "
            + "calendar year (already begun) inside one of its agréments, every indicator present and non-negative (the members by kind and size are derived from the membership ledger, not sent), and `plan`: "
            + "the account of the plan the Comité judged for that agrément (GET …/{year}/plan) — every action of the validated "
            + "snapshot (CARRIED_OUT, ONGOING, POSTPONED or DROPPED, a reason for the last two, its actual budget and "
            + "participants), every expected gain (the value achieved), every condition of the opinion the decision followed "
            + "(met or not, with a comment), each by its 1-based `index`. An index not in the plan is refused (e.g. "
            + "`plan.actions[3].index`, positions in the request from 0), plan items left out are listed (`plan.actions`: "
            + "NOT_REPORTED). No partial report is kept: a report is filed complete, then corrected. One report per year — a "
            + "second one is a correction (PUT on the year). Every offending field is named at once. Publishes "
            + "FollowUpReportFiled (with `planExecution` and `dueOn`); recorded in the audit trail.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilingRequest.class),
            examples = @ExampleObject(name = "year-2027", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Filed (version 1)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid indicators or a year outside the agrément: every offending field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a validated cluster, or the year was already reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fileReport(@PathParam("id") UUID id, @NotNull FilingRequest r, @Context UriInfo uri) {
        List<FieldProblem> missing = new ArrayList<>();
        if (r.year() == null) {
            missing.add(new FieldProblem("year", "obligatoire / required"));
        }
        if (r.indicators() == null) {
            missing.add(new FieldProblem("indicators", "obligatoire / required"));
        }
        if (r.plan() == null) {
            missing.add(new FieldProblem("plan", "obligatoire / required"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, LocalizedText.of("Rapport de suivi incomplet",
                    "Incomplete follow-up report"), missing, null);
        }
        FollowUpReport report = file.fileReport(new DossierId(id), r.year(), r.indicators().toDomain(), r.plan().toDomain(),
                Callers.of(user));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(report.year())).build())
                .tag(ETags.of(report.version())).entity(ReportResponse.of(report)).build();
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "correctFollowUpReport", summary = "Correct a year's follow-up report", description = "Roles: APPLICANT, CELLULE. Files the next version "
            + "(2, 3…) of a year already reported — indicators and plan, checked as a first filing — with a mandatory "
            + "`correctionReason`; the earlier versions are kept. If-Match "
            + "(the current version, the ETag of GET on the year) is required. Publishes FollowUpReportFiled.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionRequest.class)))
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason, or invalid indicators: every offending field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier, or no report filed for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The report changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response correctReport(@PathParam("id") UUID id, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
            @NotNull CorrectionRequest r) {
        long expected = ETags.requiredVersion(ifMatch);
        List<FieldProblem> missing = new ArrayList<>();
        if (r.indicators() == null) {
            missing.add(new FieldProblem("indicators", "obligatoire / required"));
        }
        if (r.plan() == null) {
            missing.add(new FieldProblem("plan", "obligatoire / required"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, LocalizedText.of("Rapport de suivi incomplet",
                    "Incomplete follow-up report"), missing, null);
        }
        FollowUpReport report = file.correctReport(new DossierId(id), year, expected, r.indicators().toDomain(), r.plan().toDomain(),
                r.correctionReason(), Callers.of(user));
        return Response.ok(ReportResponse.of(report)).tag(ETags.of(report.version())).build();
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listFollowUpReports", summary = "The cluster's follow-up reports", description = "Roles: APPLICANT, CELLULE, REGION. The current version "
            + "of each year, by year; paginated.")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPageResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ReportPageResponse reports(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("page ≥ 0 et 1 ≤ size ≤ %d", "page ≥ 0 and 1 ≤ size ≤ %d").formatted(MAX_SIZE),
                    List.of(new FieldProblem(page < 0 ? "page" : "size", "page ≥ 0, 1 ≤ size ≤ " + MAX_SIZE)), null);
        }
        GetFollowUpReportsQuery.ReportPage found = query.reports(new DossierId(id), page, size, Callers.of(user));
        return new ReportPageResponse(found.items().stream().map(ReportResponse::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getFollowUpReport", summary = "A year's follow-up report with its versions", description = "Roles: APPLICANT, CELLULE, REGION. "
            + "The ETag is the current version (send it as If-Match to correct it).")
    @APIResponse(responseCode = "200", description = "The year's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier, or nothing reported for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response year(@PathParam("id") UUID id, @PathParam("year") int year) {
        List<FollowUpReport> versions = query.versions(new DossierId(id), year, Callers.of(user));
        if (versions.isEmpty()) {
            throw new ProblemException(REPORT_NOT_FOUND, LocalizedText.of("Aucun rapport de suivi %d pour le dossier %s",
                    "No %d follow-up report for dossier %s").formatted(year, id));
        }
        int current = versions.get(versions.size() - 1).version();
        return Response.ok(new YearResponse(year, current, versions.stream().map(ReportResponse::of).toList()))
                .tag(ETags.of(current)).build();
    }

    @GET
    @Path("/{year}/plan")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getFollowUpReportPlan", summary = "The plan a year's report accounts for", description = "Roles: APPLICANT, CELLULE, REGION. The actions "
            + "and expected gains of the snapshot the year's agrément was granted on, and the conditions of the opinion its "
            + "decision followed, each with the 1-based index a report names it by.")
    @APIResponse(responseCode = "200", description = "The judged plan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FollowUpPlanDtos.JudgedPlanDto.class)))
    @APIResponse(responseCode = "404", description = "No such dossier, or the year falls in none of its agréments",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FollowUpPlanDtos.JudgedPlanDto plan(@PathParam("id") UUID id, @PathParam("year") int year) {
        return FollowUpPlanDtos.JudgedPlanDto.of(plans.judgedPlan(new DossierId(id), year, Callers.of(user)));
    }
}
