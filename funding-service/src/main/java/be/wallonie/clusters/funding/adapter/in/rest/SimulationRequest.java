package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.SimulateScheduleCommand;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SimulationRequest", description = "What to simulate. Every field is checked and all offending ones are "
        + "reported at once (`errors[].field`).")
public record SimulationRequest(
        @Schema(required = true, example = "CLUSTER_ANIMATOR",
                enumeration = {"CLUSTER_ANIMATOR", "CLUSTER_PREPARATION", "TECHNOLOGY_GRAPE", "COMPETITIVENESS_POLE"})
        String scheme,
        @Schema(required = true, example = "2025-04-01", description = "First day of the agrément (CLUSTER_ANIMATOR) or of the "
                + "support")
        LocalDate startDate,
        @Schema(example = "2026-12-31", description = "Last day of the support asked for. Not for CLUSTER_ANIMATOR (its agrément "
                + "periods fix it); optional for CLUSTER_PREPARATION and TECHNOLOGY_GRAPE (default and upper bound: the scheme's "
                + "time limit, 12 and 24 months); required for COMPETITIVENESS_POLE. At most 30 years after the start.")
        LocalDate endDate,
        @Schema(minimum = "1", maximum = "3", defaultValue = "3", example = "3", description = "CLUSTER_ANIMATOR only: the "
                + "agrément and its renewals, back to back, each as long as the version says (3 years); at most the number of "
                + "periods the version co-funds (3)")
        Integer agrementPeriods,
        @Schema(description = "Eligible animateur costs. Required for every scheme but COMPETITIVENESS_POLE.")
        YearlyAmountsRequest eligibleCosts,
        @Schema(description = "COMPETITIVENESS_POLE only, required (at least one): the projects approved (or to be approved) "
                + "for the pole in the Region's yearly calls. The pole's public funding is the sum of their budgets less private "
                + "contributions, spread evenly over each project's days, capped at the scheme's yearly cap per labelling year.")
        List<PoleProjectRequest> projects,
        @Schema(example = "2025-03-15", description = "Computation date, as recorded. Default: today (Brussels). It does not "
                + "choose the scheme version: each period is priced by the version in force on its first day.")
        LocalDate computedOn) {

    SimulateScheduleCommand toCommand() {
        return new SimulateScheduleCommand(scheme, startDate, endDate, agrementPeriods, YearlyAmountsRequest.toInput(eligibleCosts),
                projects == null ? null : projects.stream().map(p -> p == null ? null : p.toInput()).toList(), computedOn);
    }
}
