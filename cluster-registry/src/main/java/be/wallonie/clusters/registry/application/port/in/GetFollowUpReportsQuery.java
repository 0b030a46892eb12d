package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import java.util.List;

/** The follow-up reports of a cluster: the current version of each year, and every version of a year. */
public interface GetFollowUpReportsQuery {

    ReportPage reports(DossierId dossier, int page, int size, Caller caller);

    /** Every version of the year's report, oldest first; empty when none was filed. */
    List<FollowUpReport> versions(DossierId dossier, int year, Caller caller);

    record ReportPage(List<FollowUpReport> items, int page, int size, long total) {
    }
}
