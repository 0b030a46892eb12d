package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.funding.application.port.in.SimulateScheduleUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulations", description = "Co-funding schedules computed on the fly, stored nowhere")
@SecurityRequirement(name = "SecurityScheme")
public class SimulationResource {

    /** The worked example of the README: an agrément from 1 April 2025, 200 000 € eligible costs a year, three periods. */
    static final String EXAMPLE_ANIMATOR = """
            {
              "scheme": "CLUSTER_ANIMATOR",
              "startDate": "2025-04-01",
              "agrementPeriods": 3,
              "eligibleCosts": {"yearly": "200000.00"},
              "computedOn": "2025-03-15"
            }""";
    static final String EXAMPLE_ANIMATOR_DECLARED = """
            {
              "scheme": "CLUSTER_ANIMATOR",
              "startDate": "2025-04-01",
              "agrementPeriods": 1,
              "eligibleCosts": {"yearly": "200000.00", "declared": {"2025": "140000.00", "2026": "185000.00"}}
            }""";
    static final String EXAMPLE_PREPARATION = """
            {
              "scheme": "CLUSTER_PREPARATION",
              "startDate": "2025-04-01",
              "endDate": "2026-12-31",
              "eligibleCosts": {"yearly": "80000.00"}
            }""";
    static final String EXAMPLE_POLE = """
            {
              "scheme": "COMPETITIVENESS_POLE",
              "startDate": "2026-01-01",
              "endDate": "2028-12-31",
              "projects": [
                {"kind": "R_AND_D", "title": "Capteurs pour l'agro-industrie", "startDate": "2026-01-01",
                 "endDate": "2027-12-31", "budget": "600000.00", "privateContributions": "200000.00"},
                {"kind": "TRAINING", "title": "Formation des opérateurs", "startDate": "2026-07-01",
                 "endDate": "2026-12-31", "budget": "100000.00", "privateContributions": "0.00"}
              ]
            }""";

    private final SimulateScheduleUseCase simulate;

    SimulationResource(SimulateScheduleUseCase simulate) {
        this.simulate = simulate;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION, Roles.FUNDING_READER})
    @Operation(operationId = "simulateSchedule", summary = "Simulate a co-funding schedule",
            description = "Roles: APPLICANT, CELLULE, REGION, FUNDING_READER. Computes the schedule and stores nothing. Each "
                    + "agrément period (or support) is priced by the scheme version in force on its first day, to its end, "
                    + "unless a later version applies to running periods from a day (then its lines from that day); `computedOn` "
                    + "(default: today, Brussels) is recorded, it does not choose the version. The yearly cap applies per "
                    + "agrément (or support) year; lines are cut at each 1 January and each agrément-year boundary. Each line: "
                    + "eligible costs pro rata temporis by days of the calendar year, the rate of the period, the cap applied "
                    + "(the agrément year's cap × the line's days / the days of that agrément year), the amount granted "
                    + "(rounded half-up to the cent once per line; a capped agrément year pays exactly its cap), what is left "
                    + "to the cluster, the version that priced it, with an explanation in French and English; totals are the "
                    + "sums of the lines. A competitiveness pole is simulated from its `projects`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimulationRequest.class),
            examples = {
                @ExampleObject(name = "animator-2025-04-01", summary = "Agrément from 1 April 2025, 200 000 € a year, three "
                        + "periods: 120 547.95 € granted for 2025, 1 080 000.00 € over the nine years", value = EXAMPLE_ANIMATOR),
                @ExampleObject(name = "animator-declared-costs", summary = "One agrément period with costs declared for 2025 and "
                        + "2026", value = EXAMPLE_ANIMATOR_DECLARED),
                @ExampleObject(name = "preparation", summary = "A cluster in preparation: the support stops after 12 months",
                        value = EXAMPLE_PREPARATION),
                @ExampleObject(name = "pole", summary = "A competitiveness pole with two projects (R&D over two years, "
                        + "training over six months)", value = EXAMPLE_POLE)}))
    @APIResponse(responseCode = "200", description = "The simulated schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid inputs (unknown scheme, missing start date, negative amount, more "
            + "agrément periods than the version co-funds, a field the scheme does not use, an invalid project "
            + "(`projects[i].field`), no version in force on `startDate`…): every offending field in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimulationResponse simulate(@NotNull SimulationRequest request) {
        return SimulationResponse.of(simulate.simulateSchedule(request.toCommand()));
    }
}
