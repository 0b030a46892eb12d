package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.csv.CsvWriter;
import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery.Criteria;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery.OverviewPage;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery.Row;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.followup.FollowUpCalendar.Standing;
import be.wallonie.clusters.registry.domain.followup.PlanExecution;
import be.wallonie.clusters.registry.domain.followup.PlanExecution.Rate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Cellule's overview of the follow-up across clusters: reports filed, due and overdue, and the plans' execution. */
@Path("/api/v1/follow-up-overview")
@Tag(name = "Follow-up", description = "What a validated cluster reports every year: indicators and the plan the Comité judged")
@SecurityRequirement(name = "SecurityScheme")
public class FollowUpOverviewResource {

    static final int MAX_SIZE = 100;
    static final String CSV = "text/csv";
    /** Rows fetched per query while writing the CSV (the CSV holds every row the filters keep). */
    static final int CSV_CHUNK = 500;

    static final List<String> COLUMNS = List.of("dossier_id", "cluster_name", "acronym", "scheme", "year", "agrement_id", "due_on",
            "standing", "days_overdue", "current_version", "first_filed_at", "last_filed_at", "actions_planned", "carried_out",
            "ongoing", "postponed", "dropped", "execution_rate", "execution_rate_with_ongoing", "budget_planned", "budget_spent",
            "budget_spent_rate", "gains_targeted", "gains_achieved", "gains_achieved_rate", "conditions_total", "conditions_met",
            "conditions_unmet", "currency");

    static final String EXAMPLE_CSV = "dossier_id;cluster_name;acronym;scheme;year;agrement_id;due_on;standing;days_overdue;"
            + "current_version;first_filed_at;last_filed_at;actions_planned;carried_out;ongoing;postponed;dropped;execution_rate;"
            + "execution_rate_with_ongoing;budget_planned;budget_spent;budget_spent_rate;gains_targeted;gains_achieved;"
            + "gains_achieved_rate;conditions_total;conditions_met;conditions_unmet;currency\r\n"
            + "0b7d3c1e-2f4a-4b5c-8d6e-7f8091a2b3c4;Ossature bois;OSB;ECONOMIC_CLUSTER;2027;5e0c…;2028-03-31;FILED;0;1;"
            + "2028-03-02T09:00:00Z;2028-03-02T09:00:00Z;4;2;1;1;0;0,5000;0,7500;40000,00;31000,00;0,7750;2;1;0,5000;1;0;1;EUR\r\n";

    private final GetFollowUpOverviewQuery overview;
    private final CurrentUser user;

    FollowUpOverviewResource(GetFollowUpOverviewQuery overview, CurrentUser user) {
        this.overview = overview;
        this.user = user;
    }

    @Schema(name = "FollowUpOverviewRow", description = "A cluster's year: due or filed, and its report's account of the plan")
    public record RowDto(UUID dossierId, String name, String acronym, Scheme scheme, int year, UUID agrementId,
            @Schema(description = "The day the report was due (clusters.follow-up.due-month-day of the next year)") LocalDate dueOn,
            @Schema(description = "FILED, FILED_LATE (first filed after its due day), DUE (year over, due day not passed) or "
                    + "OVERDUE (not filed, due day passed)") Standing standing,
            @Schema(description = "Days past the due day while not filed, else 0") long daysOverdue,
            @Schema(description = "The report's current version, null when not filed") Integer currentVersion,
            Instant firstFiledAt, Instant lastFiledAt,
            @Schema(description = "The current version's figures against the plan; null when not filed, or filed before the "
                    + "plan was asked") FollowUpPlanDtos.ExecutionDto planExecution) {

        static RowDto of(Row r) {
            return new RowDto(r.dossierId(), r.name(), r.acronym(), r.scheme(), r.year(), r.agrementId(), r.dueOn(), r.standing(),
                    r.daysOverdue(), r.currentVersion(), r.firstFiledAt(), r.lastFiledAt(), FollowUpPlanDtos.ExecutionDto.of(r.execution()));
        }
    }

    @Schema(name = "FollowUpOverviewPage")
    public record PageDto(List<RowDto> items, int page, int size, long total,
            @Schema(description = "The day (Brussels) the standings were computed on") LocalDate today,
            @Schema(description = "What each rate counts over what (Accept-Language)") List<FollowUpPlanDtos.ExplanationDto> explanations) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getFollowUpOverview", summary = "The follow-up across clusters (JSON or CSV)", description = "Roles: "
            + "CELLULE, REGION. One row per cluster and year that is due or filed: a year is due for each calendar year "
            + "overlapping one of the cluster's agréments once that year is over, on 31 March of the next year by default "
            + "(`clusters.follow-up.due-month-day`); a year not filed after that day is OVERDUE. Each filed row carries the "
            + "current version's figures against the plan the Comité judged: execution rate (carried out / planned), with "
            + "ongoing ((carried out + ongoing) / planned), budget spent vs planned, gains achieved vs targeted, conditions unmet; "
            + "`explanations` say what each rate counts over what. Filters: `scheme`, `year`, `overdueOnly`, "
            + "`unmetConditionsOnly`. Latest year first, then cluster name. `Accept: text/csv` (or GET …/follow-up-overview/export.csv) "
            + "gives every row the filters keep (no paging) with the columns " + "`dossier_id`, `cluster_name`, `acronym`, "
            + "`scheme`, `year`, `agrement_id`, `due_on`, `standing`, `days_overdue`, `current_version`, `first_filed_at`, "
            + "`last_filed_at`, `actions_planned`, `carried_out`, `ongoing`, `postponed`, `dropped`, `execution_rate`, "
            + "`execution_rate_with_ongoing`, `budget_planned`, `budget_spent`, `budget_spent_rate`, `gains_targeted`, "
            + "`gains_achieved`, `gains_achieved_rate`, `conditions_total`, `conditions_met`, `conditions_unmet`, `currency`; "
            + "';' separates fields and ',' is the decimal mark, CRLF line ends, RFC 4180 quoting, UTF-8.")
    @APIResponse(responseCode = "200", description = "A page of rows (JSON) or every row (CSV)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageDto.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV))})
    @APIResponse(responseCode = "400", description = "Invalid paging or filter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither CELLULE nor REGION", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response overview(@Parameter(description = "Only that scheme") @QueryParam("scheme") Scheme scheme,
            @Parameter(description = "Only that year") @QueryParam("year") Integer year,
            @Parameter(description = "Only years not filed past their due day") @QueryParam("overdueOnly") @DefaultValue("false") boolean overdueOnly,
            @Parameter(description = "Only reports with a condition of the opinion not met") @QueryParam("unmetConditionsOnly")
            @DefaultValue("false") boolean unmetOnly,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Context HttpHeaders headers) {
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.valueOf(CSV)));
        if (csv) {
            return csv(scheme, year, overdueOnly, unmetOnly);
        }
        paging(page, size);
        OverviewPage found = overview.overview(new Criteria(scheme, year, overdueOnly, unmetOnly, false, page, size), Callers.of(user));
        Locale locale = Problems.locale(headers);
        return Response.ok(new PageDto(found.items().stream().map(RowDto::of).toList(), found.page(), found.size(), found.total(),
                found.today(), FollowUpPlanDtos.ExplanationDto.all(locale)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/export.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "exportFollowUpOverviewCsv", summary = "Download the follow-up across clusters as CSV", description = "Roles: "
            + "CELLULE, REGION. The same CSV as `Accept: text/csv` on the overview, with the same filters.")
    @APIResponse(responseCode = "200", description = "Every row the filters keep", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "403", description = "Neither CELLULE nor REGION", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response overviewCsv(@QueryParam("scheme") Scheme scheme, @QueryParam("year") Integer year,
            @QueryParam("overdueOnly") @DefaultValue("false") boolean overdueOnly,
            @QueryParam("unmetConditionsOnly") @DefaultValue("false") boolean unmetOnly) {
        return csv(scheme, year, overdueOnly, unmetOnly);
    }

    private Response csv(Scheme scheme, Integer year, boolean overdueOnly, boolean unmetOnly) {
        List<Row> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            OverviewPage found = overview.overview(new Criteria(scheme, year, overdueOnly, unmetOnly, false, page, CSV_CHUNK),
                    Callers.of(user));
            rows.addAll(found.items());
            if (found.items().size() < CSV_CHUNK) {
                break;
            }
        }
        return Response.ok(write(rows), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"follow-up-overview.csv\"").build();
    }

    static String write(List<Row> rows) {
        CsvWriter csv = CsvWriter.belgian();
        csv.row(COLUMNS);
        for (Row r : rows) {
            PlanExecution e = r.execution();
            csv.row(r.dossierId().toString(), r.name(), r.acronym(), r.scheme().name(), Integer.toString(r.year()),
                    r.agrementId().toString(), r.dueOn().toString(), r.standing().name(), Long.toString(r.daysOverdue()),
                    r.currentVersion() == null ? "" : r.currentVersion().toString(), text(r.firstFiledAt()), text(r.lastFiledAt()),
                    e == null ? "" : Integer.toString(e.actionsPlanned()), e == null ? "" : Integer.toString(e.carriedOut()),
                    e == null ? "" : Integer.toString(e.ongoing()), e == null ? "" : Integer.toString(e.postponed()),
                    e == null ? "" : Integer.toString(e.dropped()), rate(csv, e, Rate.EXECUTION),
                    rate(csv, e, Rate.EXECUTION_WITH_ONGOING), e == null ? "" : csv.number(e.budgetPlanned()),
                    e == null ? "" : csv.number(e.budgetSpent()), rate(csv, e, Rate.BUDGET_SPENT),
                    e == null ? "" : Integer.toString(e.gainsTargeted()), e == null ? "" : Integer.toString(e.gainsAchieved()),
                    rate(csv, e, Rate.GAINS_ACHIEVED), e == null ? "" : Integer.toString(e.conditionsTotal()),
                    e == null ? "" : Integer.toString(e.conditionsMet()), e == null ? "" : Integer.toString(e.conditionsUnmet()),
                    e == null ? "" : "EUR");
        }
        return csv.text();
    }

    private static String rate(CsvWriter csv, PlanExecution e, Rate rate) {
        BigDecimal value = e == null ? null : e.rate(rate);
        return csv.number(value);
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }

    static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("page ≥ 0 et 1 ≤ size ≤ %d", "page ≥ 0 and 1 ≤ size ≤ %d").formatted(MAX_SIZE),
                    List.of(new FieldProblem(page < 0 ? "page" : "size", "page ≥ 0, 1 ≤ size ≤ " + MAX_SIZE)), null);
        }
    }
}
