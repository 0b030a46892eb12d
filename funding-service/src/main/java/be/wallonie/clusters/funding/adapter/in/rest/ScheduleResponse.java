package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One kept version of a cluster's schedule. */
@Schema(name = "Schedule", description = "A kept version of a cluster's co-funding schedule for one scheme")
public record ScheduleResponse(
        @Schema(description = "The version's identifier") UUID id,
        UUID dossierId,
        @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
        @Schema(example = "1", description = "1, 2, 3… per cluster and scheme") int version,
        @Schema(example = "defaults-1", description = "Scheme version governing the schedule's first period; each line names "
                + "the version that priced it (`lines[].schemeVersion`)") String policyVersion,
        @Schema(example = "agrément accordé (période 1, 2025-04-01 – 2028-03-31)", description = "The input that changed")
        String reason,
        @Schema(example = "2025-04-02") LocalDate computedOn,
        Instant computedAt,
        @Schema(example = "EUR") String currency,
        List<SimulationResponse.Line> lines,
        SimulationResponse.Totals totals) {

    static ScheduleResponse of(ComputedSchedule s) {
        boolean pole = s.scheme() == SchemeCode.COMPETITIVENESS_POLE;
        return new ScheduleResponse(s.id(), s.dossierId(), s.scheme(), s.version(), s.policyVersion(), s.reason(), s.computedOn(),
                s.computedAt(), Amounts.CURRENCY, s.lines().stream().map(l -> SimulationResponse.line(l, pole)).toList(),
                new SimulationResponse.Totals(Amounts.money(s.totalEligible()), Amounts.money(s.totalGranted()),
                        Amounts.money(s.totalLeftToCluster()), pole ? Amounts.money(s.totalPrivateContributions()) : null));
    }
}
