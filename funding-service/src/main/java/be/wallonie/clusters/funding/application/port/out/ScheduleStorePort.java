package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps every computed schedule version; versions are appended, never changed. */
public interface ScheduleStorePort {

    /** The inputs' fingerprint of the latest version of the dossier's schedule for the scheme, if any. */
    Optional<String> latestInputsFingerprint(UUID dossierId, SchemeCode scheme);

    /** The latest stored version of a cluster's schedule for one scheme, with its lines. */
    Optional<ComputedSchedule> latestSchedule(UUID dossierId, SchemeCode scheme);

    /** Stores the next version of the schedule's dossier and scheme, with the next feed position. */
    ComputedSchedule appendSchedule(FundingSchedule schedule, String reason, Instant computedAt);

    List<ComputedSchedule> schedulesOf(UUID dossierId);

    List<ComputedSchedule> scheduleVersionsAfter(long afterPosition, int limit);

    List<ScheduleFeedQuery.Commitment> commitments(int fromYear, int toYear, Optional<SchemeCode> scheme);

    List<ScheduleFeedQuery.CurrentSchedule> currentSchedules(Optional<SchemeCode> scheme);
}
