package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What regional IT systems read: the feed of schedule versions, commitments, the current schedules. */
public interface ScheduleFeedQuery {

    /** Schedule versions stored after {@code afterPosition}, in feed order, at most {@code limit}. */
    List<ComputedSchedule> scheduleVersionsAfter(long afterPosition, int limit);

    /** The Region's commitments (granted amounts of the current schedule versions) per budget year and scheme. */
    List<Commitment> commitments(int fromYear, int toYear, Optional<SchemeCode> scheme);

    /** The current (latest) version of every schedule, with its file, ordered by dossier and scheme. */
    List<CurrentSchedule> currentSchedules(Optional<SchemeCode> scheme);

    record Commitment(int budgetYear, SchemeCode scheme, int clusters, BigDecimal granted) {
    }

    record CurrentSchedule(FundingFile file, ComputedSchedule schedule) {
    }
}
