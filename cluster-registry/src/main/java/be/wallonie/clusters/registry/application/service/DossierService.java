package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.ApplicantOrganisationUnknownException;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.CloseOrReturnDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.CreateDossierCommand;
import be.wallonie.clusters.registry.application.port.in.CreateDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.EditDossierHeaderCommand;
import be.wallonie.clusters.registry.application.port.in.EditDossierHeaderUseCase;
import be.wallonie.clusters.registry.application.port.in.FounderNotAnEnterpriseException;
import be.wallonie.clusters.registry.application.port.in.GetDossierQuery;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedCommand;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedUseCase;
import be.wallonie.clusters.registry.application.port.in.ScheduleSubmissionUseCase;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.application.port.in.SubmitDossierCommand;
import be.wallonie.clusters.registry.application.port.in.SubmitDossierUseCase;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.DossierSnapshotsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.application.port.out.SaveDossierPort;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.StatusChange;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import be.wallonie.clusters.registry.domain.dossier.MemberIdentity;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import be.wallonie.clusters.registry.domain.dossier.MembershipStage;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.support.PreparationSupport.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The dossier use cases of the walking skeleton: open a draft, submit it, learn that the Comité took it up. */
@ApplicationScoped
public class DossierService implements CreateDossierUseCase, SubmitDossierUseCase, RecordEvaluationOpenedUseCase, GetDossierQuery,
        CloseOrReturnDossierUseCase, EditDossierHeaderUseCase {

    /** Who acts when the Comité's events move a dossier. */
    static final String COMITE_ACTOR = "comite-evaluation";

    private final LoadDossierPort load;
    private final SaveDossierPort save;
    private final PublishDossierEventsPort events;
    private final Clock clock;
    private final DossierAccess access;
    private final LoadOrganisationPort organisations;
    private final DecisionRecordsPort records;
    private final DossierSnapshotsPort snapshots;
    private final ScheduleSubmissionUseCase scheduling;
    private final PreparationSupportEnding preparationSupport;
    private final MembershipAnnouncements membership;

    public DossierService(LoadDossierPort load, SaveDossierPort save, PublishDossierEventsPort events, Clock clock,
            DossierAccess access, LoadOrganisationPort organisations, DecisionRecordsPort records, DossierSnapshotsPort snapshots,
            ScheduleSubmissionUseCase scheduling, PreparationSupportEnding preparationSupport, MembershipAnnouncements membership) {
        this.membership = membership;
        this.preparationSupport = preparationSupport;
        this.scheduling = scheduling;
        this.load = load;
        this.save = save;
        this.events = events;
        this.clock = clock;
        this.access = access;
        this.organisations = organisations;
        this.records = records;
        this.snapshots = snapshots;
    }

    @Override
    @Transactional
    public Dossier createDossier(CreateDossierCommand c) {
        DossierContent content = DossierContent.EMPTY;
        if (c.caller().role() == Caller.Role.APPLICANT) {
            // the applicant's organisation founds the dossier, so that the applicant can go on editing it
            UUID founder = access.applicantOrganisation(c.caller()).orElseThrow(() -> new ApplicantOrganisationUnknownException(
                    c.caller().organisation() == null ? null : c.caller().organisation().value()));
            // support organisations are members in support, never initiators (domain.md §1)
            OrganisationKind kind = organisations.existingOrganisation(new OrganisationId(founder)).profile().kind();
            if (!kind.mayFoundACluster()) {
                throw new FounderNotAnEnterpriseException(kind);
            }
            content = DossierContent.foundedBy(founder);
        }
        Dossier dossier = Dossier.draft(c.name(), c.acronym(), c.scheme(), c.entryVolet(), c.focus(), content, c.requestedBy(),
                clock.instant());
        Dossier saved = save.saveDossier(dossier);
        // a draft founded by an applicant's organisation is a cluster in preparation with one member already
        if (!content.memberIds().isEmpty()) {
            membership.announce(saved, MembershipStage.DRAFT, dossier.createdAt());
        }
        return saved;
    }

    @Override
    @Transactional
    public Dossier editHeader(EditDossierHeaderCommand c) {
        Dossier dossier = load.dossierAtVersion(c.dossierId(), c.expectedVersion());
        access.requireMayChange(dossier, c.caller());
        if (dossier.editHeader(c.name(), c.acronym(), c.scheme(), c.entryVolet(), c.focus(), c.caller().userId(), clock.instant())
                .isEmpty()) {
            return dossier;
        }
        return save.saveDossier(dossier);
    }

    @Override
    @Transactional
    public Dossier submitDossier(SubmitDossierCommand c) {
        Dossier dossier = load.dossierAtVersion(c.dossierId(), c.expectedVersion());
        access.requireMayChange(dossier, c.caller());
        AnimatorPost post = records.animatorPostOf(dossier.id()).orElse(null);
        // each member's organisation as it stands now is frozen into the snapshot
        List<MemberOrganisation> members = organisations.memberOrganisationsOf(dossier);
        DossierSubmitted submitted = dossier.submit(c.submittedBy(), clock.instant(), members, post,
                records.fundedBeneficiaryOf(dossier.id()).orElse(null));
        Dossier saved = save.saveDossier(dossier);
        snapshots.saveSnapshot(submitted);
        // the next selection session whose cut-off the submission meets, when a call is open for its scheme
        SessionAssignment session = scheduling.scheduleSubmission(dossier.id(), dossier.scheme(), submitted.submittedAt()).orElse(null);
        events.dossierSubmitted(submitted, session);
        membership.announce(saved, MembershipStage.SUBMITTED, members.stream().map(MemberIdentity::of).toList(), submitted.submittedAt());
        return saved;
    }

    @Override
    @Transactional
    public void recordEvaluationOpened(RecordEvaluationOpenedCommand c) {
        Dossier dossier = load.existingDossier(c.dossierId());
        // An opening for an older snapshot than the current one changes nothing: a newer round is under way.
        if (dossier.status() != DossierStatus.SUBMITTED || c.snapshotVersion() != dossier.snapshotVersion()) {
            return;
        }
        dossier.startEvaluation(COMITE_ACTOR, c.openedAt());
        save.saveDossier(dossier);
    }

    @Override
    @Transactional
    public Dossier withdrawDossier(DossierId id, long expectedVersion, String reason, Caller by) {
        Dossier dossier = load.dossierAtVersion(id, expectedVersion);
        access.requireMayChange(dossier, by);
        StatusChange change = dossier.withdraw(by.userId(), clock.instant(), reason);
        Dossier saved = save.saveDossier(dossier);
        // A draft never submitted has no snapshot the Comité could be evaluating.
        if (dossier.snapshotVersion() > 0) {
            events.dossierWithdrawn(dossier, change);
        }
        membership.dossierClosed(saved, change.at());
        // a withdrawal ends a running preparation support (drafts included): the withdrawal day is its last funded day
        preparationSupport.endAfter(id, LocalDate.ofInstant(change.at(), clock.getZone()), EndReason.DOSSIER_WITHDRAWN, by.userId(),
                change.at());
        return saved;
    }

    @Override
    @Transactional
    public Dossier returnForCompletion(DossierId id, long expectedVersion, String reason, String by) {
        Dossier dossier = load.dossierAtVersion(id, expectedVersion);
        StatusChange change = dossier.returnForCompletion(by, clock.instant(), reason);
        Dossier saved = save.saveDossier(dossier);
        events.dossierReturnedForCompletion(dossier, change);
        return saved;
    }

    @Override
    public Optional<Dossier> getDossier(DossierId id) {
        return load.loadDossier(id);
    }

    @Override
    public Dossier readDossier(DossierId id, Caller caller) {
        Dossier dossier = load.existingDossier(id);
        access.requireMaySee(dossier, caller);
        return dossier;
    }
}
