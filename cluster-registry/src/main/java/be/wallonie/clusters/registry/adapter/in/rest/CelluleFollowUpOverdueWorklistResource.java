package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery.Criteria;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpOverviewQuery.OverviewPage;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Cellule's worklist of follow-up reports overdue: whom to remind first. */
@Path("/api/v1/worklists/cellule/follow-up-overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklists", description = "What waits for the people who do the work")
@SecurityRequirement(name = "SecurityScheme")
public class CelluleFollowUpOverdueWorklistResource {

    private final GetFollowUpOverviewQuery overview;
    private final CurrentUser user;

    CelluleFollowUpOverdueWorklistResource(GetFollowUpOverviewQuery overview, CurrentUser user) {
        this.overview = overview;
        this.user = user;
    }

    @Schema(name = "FollowUpOverdueItem", description = "A cluster's year whose report is overdue")
    public record ItemDto(UUID dossierId, String name, String acronym, Scheme scheme, int year, LocalDate dueOn, long daysOverdue) {
    }

    @Schema(name = "FollowUpOverduePage")
    public record PageDto(List<ItemDto> items, int page, int size, long total, LocalDate today) {
    }

    @GET
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listOverdueFollowUpReports", summary = "Follow-up reports overdue", description = "Roles: CELLULE, "
            + "REGION. The clusters' years whose follow-up report is not filed although its due day (31 March of the next year by "
            + "default, `clusters.follow-up.due-month-day`) has passed — the OVERDUE rows of GET /api/v1/follow-up-overview — "
            + "the oldest due first, then by cluster name. Filters: `scheme`, `year`; paginated.")
    @APIResponse(responseCode = "200", description = "A page of overdue reports", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PageDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither CELLULE nor REGION", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public PageDto overdue(@Parameter(description = "Only that scheme") @QueryParam("scheme") Scheme scheme,
            @Parameter(description = "Only that year") @QueryParam("year") Integer year,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        FollowUpOverviewResource.paging(page, size);
        OverviewPage found = overview.overview(new Criteria(scheme, year, true, false, true, page, size), Callers.of(user));
        return new PageDto(found.items().stream().map(r -> new ItemDto(r.dossierId(), r.name(), r.acronym(), r.scheme(), r.year(),
                r.dueOn(), r.daysOverdue())).toList(), found.page(), found.size(), found.total(), found.today());
    }
}
