package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.adapter.in.rest.WorklistDtos.CaseWorklistPage;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.CaseWorklistFilter;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.ReadCaseWorklistQuery;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import be.wallonie.clusters.evaluation.domain.worklist.CaseWorkState;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The secretariat's worklist (#14 item 10): a read model of its own beside {@code GET /api/v1/evaluation-cases}, which keeps
 * answering a dossier's rounds (or an expert's cases) as a plain array. An expert's own worklist is
 * {@code GET /api/v1/experts/me/assignments}.
 */
@Path("/api/v1/comite-worklists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklists", description = "What the Comité's secretariat has to do: the live evaluation rounds by state")
@SecurityRequirement(name = "SecurityScheme")
public class WorklistResource {

    static final String EXAMPLE_PAGE = """
            {"items": [{"caseId": "0f8fad5b-d9cb-469f-a165-70867728950e", "dossierId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
              "snapshotVersion": 1, "round": 1, "clusterName": "TWEED", "focusDomain": "Énergie durable", "scheme": "ECONOMIC_CLUSTER",
              "callId": "5b0c1d7e-3a57-4d7e-8f8c-0a3c2f6f9b21", "sessionId": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
              "submittedAt": "2026-11-02T09:15:00Z", "openedAt": "2026-11-02T09:15:00.042Z", "state": "AWAITING_DECLARATIONS",
              "progress": "AWAITING_DECLARATIONS", "panelSize": 3, "seated": 3, "declarationsSigned": 2, "scoresSubmitted": 0,
              "agenda": null, "reason": "2 déclaration(s) d'absence de conflit signée(s) sur 3"}],
             "page": 0, "size": 20, "total": 1}""";

    private final ReadCaseWorklistQuery worklist;

    WorklistResource(ReadCaseWorklistQuery worklist) {
        this.worklist = worklist;
    }

    @GET
    @Path("/evaluation-cases")
    @RolesAllowed(Roles.COMITE_SECRETARIAT)
    @Operation(operationId = "getCaseWorklist", summary = "The secretariat's worklist: live evaluation rounds by state",
            description = "Role: COMITE_SECRETARIAT (the experts read their own seats at GET /api/v1/experts/me/assignments; the "
                    + "Region, the Cellule and applicants read no evaluation case). Live rounds only (status OPEN, no opinion yet), "
                    + "each in one state: AWAITING_PANEL (fewer experts seated than the panel size), AWAITING_DECLARATIONS (some "
                    + "seated expert has not signed the per-dossier no-conflict declaration), AWAITING_SCORES (some has not submitted "
                    + "their score sheet), READY_FOR_OPINION (every seated expert of a full panel submitted: the consensus is "
                    + "computable), ON_AGENDA (on the agenda of an open Comité session: takes precedence; `progress` still says where "
                    + "the panel stands). `reason` says why, in the caller's language. Filters combine (AND): `state`, `callId` and "
                    + "`sessionId` (the registry's call and selection session, when its DossierSubmitted said them), `scheme`, "
                    + "submission day in [`submittedFrom`, `submittedTo`) (Brussels days). Oldest submission first, then case id; "
                    + "`page` is 0-based, `size` 1 to 100 (default 20); `total` counts every matching item.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseWorklistPage.class), examples = @ExampleObject(name = "awaiting-declarations",
                    value = EXAMPLE_PAGE)))
    @APIResponse(responseCode = "400", description = "A filter or the page is out of range, each named in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseWorklistPage cases(
            @Parameter(schema = @Schema(implementation = CaseWorkState.class)) @QueryParam("state") String state,
            @Parameter(description = "The registry's call", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("callId") String callId,
            @Parameter(description = "The registry's selection session the dossier is scheduled to",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("sessionId") String sessionId,
            @Parameter(schema = @Schema(implementation = Scheme.class)) @QueryParam("scheme") String scheme,
            @Parameter(description = "First submission day (inclusive)", example = "2026-10-01") @QueryParam("submittedFrom") String from,
            @Parameter(description = "Last submission day (exclusive)", example = "2027-01-01") @QueryParam("submittedTo") String to,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        Scheme s = QueryParams.enumeration("scheme", scheme, Scheme.class);
        CaseWorklistFilter filter = new CaseWorklistFilter(QueryParams.enumeration("state", state, CaseWorkState.class),
                QueryParams.uuid("callId", callId), QueryParams.uuid("sessionId", sessionId), s == null ? null : s.name(),
                QueryParams.date("submittedFrom", from), QueryParams.date("submittedTo", to),
                QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE), QueryParams.integer("size", size, Page.DEFAULT_SIZE, 1,
                        Page.MAX_SIZE));
        return CaseWorklistPage.of(worklist.caseWorklist(filter), Problems.english(headers));
    }
}
