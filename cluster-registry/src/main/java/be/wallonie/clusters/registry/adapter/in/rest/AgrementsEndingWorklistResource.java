package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetAgrementsEndingQuery;
import be.wallonie.clusters.registry.application.port.in.GetAgrementsEndingQuery.AgrementEnding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Cellule's worklist of agréments ending soon: the renewals to prepare (domain.md §3 "renewal needs a new evaluation"). */
@Path("/api/v1/worklists/cellule/agrements-ending")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cellule worklists", description = "What the Cellule Clusters has to do next")
@SecurityRequirement(name = "SecurityScheme")
public class AgrementsEndingWorklistResource {

    static final int MAX_MONTHS = 60;

    private final GetAgrementsEndingQuery query;
    private final int defaultMonths;

    AgrementsEndingWorklistResource(GetAgrementsEndingQuery query,
            @ConfigProperty(name = "clusters.registry.worklist.agrements-ending-months", defaultValue = "6") int defaultMonths) {
        this.query = query;
        this.defaultMonths = defaultMonths;
    }

    @Schema(name = "AgrementEnding")
    public record AgrementEndingResponse(java.util.UUID dossierId, String clusterName, String acronym,
            @Schema(example = "ECONOMIC_CLUSTER") String scheme, @Schema(example = "VALIDATED") String dossierStatus,
            java.util.UUID agrementId, int periodNumber, LocalDate start, LocalDate end,
            @Schema(description = "Days from today to the last day") long daysLeft,
            @Schema(description = "The cluster already asked for its renewal (a new evaluation round is running)")
            boolean renewalUnderWay) {

        static AgrementEndingResponse of(AgrementEnding a) {
            return new AgrementEndingResponse(a.dossierId(), a.clusterName(), a.acronym(), a.scheme(), a.dossierStatus(), a.agrementId(),
                    a.periodNumber(), a.start(), a.end(), a.daysLeft(), a.renewalUnderWay());
        }
    }

    @Schema(name = "AgrementsEndingPage")
    public record PageResponse(@Schema(description = "Today (Brussels)") LocalDate from,
            @Schema(description = "Today + months") LocalDate to, int months, List<AgrementEndingResponse> items, int page, int size,
            long total) {
    }

    @GET
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "listAgrementsEnding", summary = "Agréments ending soon: renewals to prepare",
            description = "Role: CELLULE. The agréments in force (ACTIVE) whose last day is from today to today + `months` months "
                    + "(default `clusters.registry.worklist.agrements-ending-months`, 6; 1–" + MAX_MONTHS + "), with the dossier, "
                    + "the cluster's name, the period and whether a renewal is already under way; the soonest end first, then "
                    + "the dossier id; paginated.")
    @APIResponse(responseCode = "200", description = "A page of the worklist", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", description = "months, page or size out of range", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Cellule", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public PageResponse agrementsEnding(@QueryParam("months") Integer months, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int window = months == null ? defaultMonths : months;
        if (window < 1 || window > MAX_MONTHS) {
            throw QueryParams.invalid("months", "1 ≤ months ≤ " + MAX_MONTHS);
        }
        QueryParams.page(page, size);
        var found = query.agrementsEnding(window, page, size);
        return new PageResponse(found.from(), found.to(), found.months(), found.items().stream().map(AgrementEndingResponse::of).toList(),
                found.page(), found.size(), found.total());
    }
}
