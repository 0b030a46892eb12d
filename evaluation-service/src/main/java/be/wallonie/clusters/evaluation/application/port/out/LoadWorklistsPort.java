package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.AssignmentFilter;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.CaseWorklistFilter;
import be.wallonie.clusters.evaluation.domain.worklist.Assignment;
import be.wallonie.clusters.evaluation.domain.worklist.CaseWorkItem;
import java.time.ZoneId;
import java.util.UUID;

/** The worklists as read models: one query per page plus one count, whatever the page size (no query per item). */
public interface LoadWorklistsPort {

    /**
     * Live rounds (status OPEN, no opinion) matching the filter, oldest submission first (then case id); the state is
     * derived as {@link CaseWorkItem#state()} says, measured against {@code panelSize}; submission days are days in {@code zone}.
     */
    Page<CaseWorkItem> caseWorklist(CaseWorklistFilter filter, int panelSize, ZoneId zone);

    /** Every seat the expert holds or held, newest appointment first (then seat id), filtered by their sheet's state. */
    Page<Assignment> assignments(UUID expertId, AssignmentFilter filter);
}
