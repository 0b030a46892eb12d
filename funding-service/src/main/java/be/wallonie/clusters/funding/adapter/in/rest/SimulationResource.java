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
              "startDate": "2025-01-01",
              "endDate": "2026-12-31",
              "declaredBudget": {"yearly": "600000.00", "declared": {"2026": "900000.00"}},
              "privateContributions": {"yearly": "250000.00", "declared": {"2026": "300000.00"}}
            }""";

    private final SimulateScheduleUseCase simulate;

    SimulationResource(SimulateScheduleUseCase simulate) {
        this.simulate = simulate;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION, Roles.FUNDING_READER})
    @Operation(summary = "Simulate a co-funding schedule",
            description = "Roles: APPLICANT, CELLULE, REGION, FUNDING_READER. Computes the schedule with the scheme version in "
                    + "force on `computedOn` (default: today, Brussels) and stores nothing. One line per budget (calendar) year "
                    + "and agrément period: eligible costs pro rata temporis by days, the rate of the period, the cap applied, "
                    + "the amount granted (rounded half-up to the cent once per line) and what is left to the cluster, with an "
                    + "explanation in French and English; totals are the sums of the lines.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimulationRequest.class),
            examples = {
                @ExampleObject(name = "animator-2025-04-01", summary = "Agrément from 1 April 2025, 200 000 € a year, three "
                        + "periods: 120 547.95 € granted for 2025, 1 080 082.34 € over the nine years", value = EXAMPLE_ANIMATOR),
                @ExampleObject(name = "animator-declared-costs", summary = "One agrément period with costs declared for 2025 and "
                        + "2026", value = EXAMPLE_ANIMATOR_DECLARED),
                @ExampleObject(name = "preparation", summary = "A cluster in preparation: the support stops after 12 months",
                        value = EXAMPLE_PREPARATION),
                @ExampleObject(name = "pole", summary = "A competitiveness pole with private contributions", value = EXAMPLE_POLE)}))
    @APIResponse(responseCode = "200", description = "The simulated schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid inputs (unknown scheme, missing start date, negative amount, more "
            + "agrément periods than the version co-funds, a field the scheme does not use, no version in force on "
            + "`computedOn`…): every offending field in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimulationResponse simulate(@NotNull SimulationRequest request) {
        return SimulationResponse.of(simulate.simulateSchedule(request.toCommand()));
    }
}
