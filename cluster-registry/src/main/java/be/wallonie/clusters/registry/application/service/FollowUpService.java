package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.FileFollowUpReportUseCase;
import be.wallonie.clusters.registry.application.port.in.GetFollowUpReportsQuery;
import be.wallonie.clusters.registry.application.port.in.GetJudgedPlanQuery;
import be.wallonie.clusters.registry.application.port.in.StaleFollowUpReportException;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.DossierSnapshotsPort;
import be.wallonie.clusters.registry.application.port.out.FollowUpRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.PublishFollowUpEventsPort;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import be.wallonie.clusters.registry.domain.followup.FollowUpCalendar;
import be.wallonie.clusters.registry.domain.followup.FollowUpRefusedException;
import be.wallonie.clusters.registry.domain.followup.FollowUpRefusedException.Reason;
import be.wallonie.clusters.registry.domain.followup.FollowUpReport;
import be.wallonie.clusters.registry.domain.followup.Indicators;
import be.wallonie.clusters.registry.domain.followup.JudgedPlan;
import be.wallonie.clusters.registry.domain.followup.PlanReport;
import be.wallonie.clusters.registry.domain.membership.MemberFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The yearly follow-up of validated clusters: a report per calendar year inside one of the cluster's agréments — its
 * indicators and its account of the plan the Comité judged for that agrément — corrections kept as new versions with
 * their reason; every filing is announced (FollowUpReportFiled, with its figures against the plan and the day it was
 * due) and audited.
 */
@ApplicationScoped
public class FollowUpService implements FileFollowUpReportUseCase, GetFollowUpReportsQuery, GetJudgedPlanQuery {

    private final LoadDossierPort load;
    private final DecisionRecordsPort decisions;
    private final DossierSnapshotsPort snapshots;
    private final FollowUpRecordsPort reports;
    private final PublishFollowUpEventsPort events;
    private final FollowUpCalendar calendar;
    private final Clock clock;
    private final DossierAccess access;
    private final MembershipService membership;

    public FollowUpService(LoadDossierPort load, DecisionRecordsPort decisions, DossierSnapshotsPort snapshots,
            FollowUpRecordsPort reports, PublishFollowUpEventsPort events, FollowUpCalendar calendar, Clock clock,
            DossierAccess access, MembershipService membership) {
        this.access = access;
        this.membership = membership;
        this.load = load;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.reports = reports;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FollowUpReport fileReport(DossierId id, int year, Indicators indicators, PlanReport plan, Caller caller) {
        List<Agrement> agrements = agrementsOf(id, caller);
        reports.lockReportsOf(id);
        FollowUpReport report = FollowUpReport.file(id.value(), year, withMembers(id, year, agrements, indicators), plan, agrements,
                plans(id), LocalDate.now(clock), caller.userId(), clock.instant());
        if (!reports.versionsOf(id, year).isEmpty()) {
            throw new FollowUpRefusedException(Reason.ALREADY_FILED);
        }
        return store(report);
    }

    @Override
    @Transactional
    public FollowUpReport correctReport(DossierId id, int year, long expectedVersion, Indicators indicators, PlanReport plan,
            String reason, Caller caller) {
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
        return store(current.correct(withMembers(id, year, agrements, indicators), plan, reason, agrements, plans(id),
                LocalDate.now(clock), caller.userId(), clock.instant()));
    }

    @Override
    public JudgedPlan judgedPlan(DossierId id, int year, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        Agrement agrement = FollowUpReport.agrementFor(decisions.agrementsOf(id), year)
                .orElseThrow(() -> new FollowUpRefusedException(Reason.NO_AGREMENT_THAT_YEAR));
        return plans(id).apply(agrement);
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
        events.followUpReportFiled(report, calendar.dueOn(report.year()));
        return report;
    }

    /**
     * The plan judged for an agrément: the actions and expected gains of the snapshot its decision validated, the
     * conditions of the opinion that decision followed (none when the registry does not hold it).
     */
    private Function<Agrement, JudgedPlan> plans(DossierId id) {
        return agrement -> {
            Decision decision = decisions.decisionsOf(id).stream().filter(d -> d.id().equals(agrement.decisionId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("agrément " + agrement.id() + " without its decision"));
            DossierContent content = snapshots.snapshot(id, decision.snapshotVersion()).map(DossierSubmitted::snapshot)
                    .map(s -> s.content()).orElse(DossierContent.EMPTY);
            List<String> conditions = decisions.opinion(id, decision.opinionId()).map(Opinion::conditions).orElse(List.of());
            return new JudgedPlan(decision.snapshotVersion(), decision.opinionId(), content.actions(), content.expectedGains(),
                    conditions);
        };
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
