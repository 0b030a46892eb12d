package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.FileFollowUpReportUseCase;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpReportsQuery;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.StaleFollowUpReportException;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.FollowUpRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.PublishFollowUpEventsPort;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.FollowUpRefusedException;
import be.wallonie.clusters.registry.domain.followup.FollowUpRefusedException.Reason;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import be.wallonie.clusters.registry.domain.followup.Indicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The yearly follow-up of validated clusters: a report per calendar year inside one of the cluster's agréments,
 * corrections kept as new versions with their reason; every filing is announced (FollowUpReportFiled) and audited.
 */
@ApplicationScoped
public class FollowUpService implements FileFollowUpReportUseCase, GetFollowUpReportsQuery {

    private final LoadDossierPort load;
    private final DecisionRecordsPort decisions;
    private final FollowUpRecordsPort reports;
    private final PublishFollowUpEventsPort events;
    private final Clock clock;
    private final DossierAccess access;

    public FollowUpService(LoadDossierPort load, DecisionRecordsPort decisions, FollowUpRecordsPort reports,
            PublishFollowUpEventsPort events, Clock clock, DossierAccess access) {
        this.access = access;
        this.load = load;
        this.decisions = decisions;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FollowUpReport fileReport(DossierId id, int year, Indicators indicators, Caller caller) {
        List<Agrement> agrements = agrementsOf(id, caller);
        reports.lockReportsOf(id);
        FollowUpReport report = FollowUpReport.file(id.value(), year, indicators, agrements, LocalDate.now(clock), caller.userId(),
                clock.instant());
        if (!reports.versionsOf(id, year).isEmpty()) {
            throw new FollowUpRefusedException(Reason.ALREADY_FILED);
        }
        return store(report);
    }

    @Override
    @Transactional
    public FollowUpReport correctReport(DossierId id, int year, long expectedVersion, Indicators indicators, String reason,
            Caller caller) {
        List<Agrement> agrements = agrementsOf(id, caller);
        reports.lockReportsOf(id);
        List<FollowUpReport> versions = reports.versionsOf(id, year);
        if (versions.isEmpty()) {
            throw new FollowUpRefusedException(Reason.NOT_FILED);
        }
        FollowUpReport current = versions.get(versions.size() - 1);
        if (current.version() != expectedVersion) {
            throw new StaleFollowUpReportException(expectedVersion, current.version());
        }
        return store(current.correct(indicators, reason, agrements, LocalDate.now(clock), caller.userId(), clock.instant()));
    }

    private FollowUpReport store(FollowUpReport report) {
        reports.save(report);
        events.followUpReportFiled(report);
        return report;
    }

    /** The cluster's agréments; a cluster that never held one is not followed up. */
    private List<Agrement> agrementsOf(DossierId id, Caller caller) {
        Dossier dossier = load.existingDossier(id);
        access.requireMayChange(dossier, caller);
        List<Agrement> agrements = decisions.agrementsOf(id);
        if (agrements.isEmpty()) {
            throw new FollowUpRefusedException(Reason.NOT_A_RECOGNISED_CLUSTER);
        }
        return agrements;
    }

    @Override
    public ReportPage reports(DossierId id, int page, int size, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        return reports.currentReports(id, page, size);
    }

    @Override
    public List<FollowUpReport> versions(DossierId id, int year, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        return reports.versionsOf(id, year);
    }
}
