package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ExpertCaseAccess;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.AssignmentFilter;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.CaseWorklistFilter;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.ReadCaseWorklistQuery;
import be.wallonie.clusters.evaluation.application.port.in.WorklistQueries.ReadMyAssignmentsQuery;
import be.wallonie.clusters.evaluation.application.port.out.LoadWorklistsPort;
import be.wallonie.clusters.evaluation.domain.panel.PanelRules;
import be.wallonie.clusters.evaluation.domain.worklist.Assignment;
import be.wallonie.clusters.evaluation.domain.worklist.CaseWorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/**
 * The worklists (#14 item 10): the secretariat's live rounds by state, measured against the configured panel size; an
 * expert's own seats, found from the token's subject only, so that an expert never lists another's.
 */
@ApplicationScoped
public class WorklistService implements ReadCaseWorklistQuery, ReadMyAssignmentsQuery {

    /** Submission days are Brussels calendar days, as in the policy evaluation. */
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final LoadWorklistsPort worklists;
    private final ExpertCaseAccess experts;
    private final PanelRules rules;

    public WorklistService(LoadWorklistsPort worklists, ExpertCaseAccess experts, PanelRules rules) {
        this.worklists = worklists;
        this.experts = experts;
        this.rules = rules;
    }

    @Override
    public Page<CaseWorkItem> caseWorklist(CaseWorklistFilter filter) {
        return worklists.caseWorklist(filter, rules.size(), BRUSSELS);
    }

    @Override
    public Page<Assignment> assignmentsOf(String userId, AssignmentFilter filter) {
        return worklists.assignments(experts.expertOf(userId), filter);
    }
}
