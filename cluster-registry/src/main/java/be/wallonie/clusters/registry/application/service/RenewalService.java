package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.RequestRenewalUseCase;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.ScheduleSubmissionUseCase;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.DossierSnapshotsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.application.port.out.SaveDossierPort;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.agrement.RenewalRefusedException;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import be.wallonie.clusters.registry.domain.dossier.MemberIdentity;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import be.wallonie.clusters.registry.domain.dossier.MembershipStage;

/**
 * The renewal request: a validated cluster with an agrément in force submits a new snapshot, scheduled like any
 * submission; the Region's validation of that round renews the agrément ({@link DecisionService}).
 */
@ApplicationScoped
public class RenewalService implements RequestRenewalUseCase {

    private final LoadDossierPort load;
    private final SaveDossierPort save;
    private final DecisionRecordsPort records;
    private final ScheduleSubmissionUseCase scheduling;
    private final PublishDossierEventsPort events;
    private final Clock clock;
    private final DossierAccess access;
    private final LoadOrganisationPort organisations;
    private final DossierSnapshotsPort snapshots;
    private final MembershipAnnouncements membership;

    public RenewalService(LoadDossierPort load, SaveDossierPort save, DecisionRecordsPort records, ScheduleSubmissionUseCase scheduling,
            PublishDossierEventsPort events, Clock clock, DossierAccess access, LoadOrganisationPort organisations,
            DossierSnapshotsPort snapshots, MembershipAnnouncements membership) {
        this.membership = membership;
        this.access = access;
        this.organisations = organisations;
        this.snapshots = snapshots;
        this.load = load;
        this.save = save;
        this.records = records;
        this.scheduling = scheduling;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Dossier requestRenewal(DossierId id, long expectedVersion, Caller caller) {
        Dossier dossier = load.dossierAtVersion(id, expectedVersion);
        access.requireMayChange(dossier, caller);
        if (dossier.status() != DossierStatus.VALIDATED) {
            throw new RenewalRefusedException(RenewalRefusedException.Reason.NOT_VALIDATED);
        }
        boolean inForce = records.agrementsOf(id).stream().max(Comparator.comparingInt(Agrement::periodNumber))
                .filter(a -> a.status() == Agrement.Status.ACTIVE).isPresent();
        if (!inForce) {
            throw new RenewalRefusedException(RenewalRefusedException.Reason.NO_ACTIVE_AGREMENT);
        }
        // the renewal is evaluated on the cluster as it stands now: its members' organisations, animateur post and
        // funded beneficiary
        List<MemberOrganisation> members = organisations.memberOrganisationsOf(dossier);
        DossierSubmitted submitted = dossier.requestRenewal(caller.userId(), clock.instant(), members,
                records.animatorPostOf(id).orElse(null), records.fundedBeneficiaryOf(id).orElse(null));
        Dossier saved = save.saveDossier(dossier);
        snapshots.saveSnapshot(submitted);
        SessionAssignment session = scheduling.scheduleSubmission(id, dossier.scheme(), submitted.submittedAt()).orElse(null);
        events.dossierSubmitted(submitted, session);
        membership.announce(saved, MembershipStage.SUBMITTED, members.stream().map(MemberIdentity::of).toList(), submitted.submittedAt());
        return saved;
    }
}
