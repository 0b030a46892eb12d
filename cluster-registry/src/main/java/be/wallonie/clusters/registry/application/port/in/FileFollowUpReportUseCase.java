package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import be.wallonie.clusters.registry.domain.followup.Indicators;

/** A validated cluster files its yearly follow-up report, or corrects it with a reason; each filing is announced. */
public interface FileFollowUpReportUseCase {

    FollowUpReport fileReport(DossierId dossier, int year, Indicators indicators, Caller caller);

    /** @param expectedVersion the report version read (If-Match) */
    FollowUpReport correctReport(DossierId dossier, int year, long expectedVersion, Indicators indicators, String correctionReason,
            Caller caller);
}
