package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import java.util.Objects;

/**
 * A simulated schedule and the scheme version governing its first period (in force on its first day); each line
 * names the version that priced it.
 *
 * @param version  the scheme version governing the first period
 * @param schedule the schedule: its inputs (periods and amounts, defaults applied), lines and totals
 */
public record Simulation(SchemeVersion version, FundingSchedule schedule) {

    public Simulation {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(schedule, "schedule");
        if (!version.label().equals(schedule.schemeVersion()) || version.scheme() != schedule.scheme()) {
            throw new IllegalArgumentException("the schedule was computed with version " + schedule.schemeVersion()
                    + ", not " + version.label());
        }
    }
}
