package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.GetFollowUpReportsQuery.ReportPage;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import java.util.List;

/** The follow-up reports, every version kept. */
public interface FollowUpRecordsPort {

    /** Serialises the filings of one cluster until the end of the transaction (one report per year). */
    void lockReportsOf(DossierId dossier);

    void save(FollowUpReport report);

    /** Oldest first. */
    List<FollowUpReport> versionsOf(DossierId dossier, int year);

    /** The current version of each year, by year. */
    ReportPage currentReports(DossierId dossier, int page, int size);
}
