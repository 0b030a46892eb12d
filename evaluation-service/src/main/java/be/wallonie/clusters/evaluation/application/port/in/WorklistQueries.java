package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.worklist.Assignment;
import be.wallonie.clusters.evaluation.domain.worklist.CaseWorkItem;
import be.wallonie.clusters.evaluation.domain.worklist.CaseWorkState;
import be.wallonie.clusters.evaluation.domain.worklist.SheetState;
import java.time.LocalDate;
import java.util.UUID;

/** The worklists of the people who do the Comité's work (#14 item 10): the secretariat's cases, an expert's own seats. */
public final class WorklistQueries {

    private WorklistQueries() {
    }

    /**
     * The secretariat's filters; every one optional, combined with AND.
     *
     * @param submittedFrom first submission day (Brussels calendar day, inclusive)
     * @param submittedTo   last submission day (exclusive)
     */
    public record CaseWorklistFilter(CaseWorkState state, UUID callId, UUID sessionId, String scheme, LocalDate submittedFrom,
            LocalDate submittedTo, int page, int size) {

        public CaseWorklistFilter {
            if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
                throw new IllegalArgumentException("page from 0, size from 1 to " + Page.MAX_SIZE);
            }
        }
    }

    /** An expert's filter: their sheet's state, optional. */
    public record AssignmentFilter(SheetState state, int page, int size) {

        public AssignmentFilter {
            if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
                throw new IllegalArgumentException("page from 0, size from 1 to " + Page.MAX_SIZE);
            }
        }
    }

    /** The Comité's secretariat reads the live rounds by state. */
    public interface ReadCaseWorklistQuery {
        Page<CaseWorkItem> caseWorklist(CaseWorklistFilter filter);
    }

    /** An EXPERT user reads their own seats, with their own sheet's state; FORBIDDEN when linked to no expert. */
    public interface ReadMyAssignmentsQuery {
        Page<Assignment> assignmentsOf(String userId, AssignmentFilter filter);
    }
}
