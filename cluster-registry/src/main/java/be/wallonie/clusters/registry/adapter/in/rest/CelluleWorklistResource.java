package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.ListAwaitingAvisQuery;
import be.wallonie.clusters.registry.application.port.in.ListAwaitingAvisQuery.AwaitingAvis;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Cellule's worklist of dossiers awaiting its avis for the Comité. */
@Path("/api/v1/worklists/cellule/awaiting-avis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklists", description = "What waits for the people who do the work")
@SecurityRequirement(name = "SecurityScheme")
public class CelluleWorklistResource {

    static final int MAX_SIZE = 100;

    private final ListAwaitingAvisQuery query;
    private final CurrentUser user;

    CelluleWorklistResource(ListAwaitingAvisQuery query, CurrentUser user) {
        this.query = query;
        this.user = user;
    }

    @Schema(name = "AwaitingAvis", description = "A submitted snapshot before the Comité whose avis the Cellule can still write")
    public record AwaitingAvisResponse(UUID dossierId, String name, String acronym,
            @Schema(example = "UNDER_EVALUATION") String status, int snapshotVersion, Instant submittedAt,
            @Schema(description = "The latest avis version written; null when none yet", nullable = true) Integer avisVersion,
            @Schema(nullable = true) Instant avisWrittenAt,
            @Schema(description = "The avis to read or write") String avisPath) {

        static AwaitingAvisResponse of(AwaitingAvis a) {
            return new AwaitingAvisResponse(a.dossierId(), a.name(), a.acronym(), a.status().name(), a.snapshotVersion(),
                    a.submittedAt(), a.avisVersion(), a.avisWrittenAt(),
                    "/api/v1/dossiers/%s/snapshots/%d/cellule-avis".formatted(a.dossierId(), a.snapshotVersion()));
        }
    }

    @Schema(name = "AwaitingAvisPage")
    public record AwaitingAvisPageResponse(List<AwaitingAvisResponse> items, int page, int size, long total) {
    }

    @GET
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "listDossiersAwaitingCelluleAvis", summary = "Dossiers awaiting the Cellule's avis",
            description = "Role: CELLULE. The dossiers submitted or under evaluation whose current snapshot has no avis yet, or "
                    + "an avis the Comité's panel has not frozen yet (`avisVersion` tells which); oldest submission first; "
                    + "paginated (`page` from 0, `size` 1–100, default 20).")
    @APIResponse(responseCode = "200", description = "A page of the worklist", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AwaitingAvisPageResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid page or size", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the Cellule", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public AwaitingAvisPageResponse awaitingAvis(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("page ≥ 0 et 1 ≤ size ≤ %d", "page ≥ 0 and 1 ≤ size ≤ %d").formatted(MAX_SIZE),
                    List.of(new FieldProblem(page < 0 ? "page" : "size", "page ≥ 0, 1 ≤ size ≤ " + MAX_SIZE)), null);
        }
        ListAwaitingAvisQuery.AwaitingAvisPage found = query.awaitingAvis(page, size, Callers.of(user));
        return new AwaitingAvisPageResponse(found.items().stream().map(AwaitingAvisResponse::of).toList(), found.page(), found.size(),
                found.total());
    }
}
