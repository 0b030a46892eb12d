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
import be.wallonie.clusters.registry.domain.membership.MemberFigures;
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
    private final MembershipService membership;

    public FollowUpService(LoadDossierPort load, DecisionRecordsPort decisions, FollowUpRecordsPort reports,
            PublishFollowUpEventsPort events, Clock clock, DossierAccess access, MembershipService membership) {
        this.access = access;
        this.membership = membership;
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
        FollowUpReport report = FollowUpReport.file(id.value(), year, withMembers(id, year, agrements, indicators), agrements,
                LocalDate.now(clock), caller.userId(), clock.instant());
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
        return store(current.correct(withMembers(id, year, agrements, indicators), reason, agrements, LocalDate.now(clock),
                caller.userId(), clock.instant()));
    }

    /**
     * "Members by kind" and "enterprises by size" as the membership ledger says on the report's day (31 December, or the
     * agrément's last day when earlier); what a client still sends for them is ignored.
     */
    private Indicators withMembers(DossierId id, int year, List<Agrement> agrements, Indicators sent) {
        MemberFigures figures = FollowUpReport.agrementFor(agrements, year)
                .map(a -> membership.figuresOn(id, MemberFigures.reportDay(year, a))).orElseGet(() -> MemberFigures.of(List.of()));
        return sent.withMembers(figures.membersByKind(), figures.enterprisesBySize());
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
