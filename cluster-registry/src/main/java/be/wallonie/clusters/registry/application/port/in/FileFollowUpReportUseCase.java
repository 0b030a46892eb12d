package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import be.wallonie.clusters.registry.domain.followup.Indicators;
import be.wallonie.clusters.registry.domain.followup.PlanReport;

/**
 * A validated cluster files its yearly follow-up report — the indicators and its account of the plan the Comité judged
 * — or corrects it with a reason; each filing is announced.
 */
public interface FileFollowUpReportUseCase {

    FollowUpReport fileReport(DossierId dossier, int year, Indicators indicators, PlanReport plan, Caller caller);

    /** @param expectedVersion the report version read (If-Match) */
    FollowUpReport correctReport(DossierId dossier, int year, long expectedVersion, Indicators indicators, PlanReport plan,
            String correctionReason, Caller caller);
}
