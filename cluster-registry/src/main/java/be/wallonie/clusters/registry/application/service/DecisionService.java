package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.AuditEntry;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.DecideOnDossierCommand;
import be.wallonie.clusters.registry.application.port.in.DecideOnDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.DeclareAnimatorPostUseCase;
import be.wallonie.clusters.registry.application.port.in.DeclareFundedBeneficiaryUseCase;
import be.wallonie.clusters.registry.application.port.in.ExpireAgrementsUseCase;
import be.wallonie.clusters.registry.application.port.in.GetAuditTrailQuery;
import be.wallonie.clusters.registry.application.port.in.GetDecisionRecordsQuery;
import be.wallonie.clusters.registry.application.port.in.RecordOpinionCommand;
import be.wallonie.clusters.registry.application.port.in.RecordOpinionUseCase;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.DossierSnapshotsPort;
import be.wallonie.clusters.registry.application.port.out.LoadAuditTrailPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.application.port.out.PublishRenewalEventsPort;
import be.wallonie.clusters.registry.application.port.out.SaveDossierPort;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.agrement.AgrementPolicy;
import be.wallonie.clusters.registry.domain.decision.AgrementFunding;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.decision.DecisionRefusedException;
import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierNotEditableException;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import be.wallonie.clusters.registry.domain.dossier.MembershipStage;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import be.wallonie.clusters.registry.domain.support.PreparationSupport.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * From the Comité's opinion to the Region's decision and the agrément: the opinion is stored with the dossier,
 * the Region decides (a departure from the opinion needs a written justification), and a validation grants the
 * first agrément, announced with what the funding service needs — as each scheme funds it ({@link AgrementFunding}).
 */
@ApplicationScoped
public class DecisionService implements RecordOpinionUseCase, DecideOnDossierUseCase, DeclareAnimatorPostUseCase, DeclareFundedBeneficiaryUseCase,
        GetDecisionRecordsQuery, ExpireAgrementsUseCase, GetAuditTrailQuery {

    /** Who acts when the nightly job expires agréments. */
    static final String EXPIRY_ACTOR = "agrement-expiry-job";
    /** Agréments expired per transaction, so one night's batch never holds locks for long. */
    static final int EXPIRY_BATCH = 100;

    private final LoadDossierPort load;
    private final SaveDossierPort save;
    private final DecisionRecordsPort records;
    private final LoadOrganisationPort organisations;
    private final PublishDossierEventsPort events;
    private final AgrementPolicy agrementPolicy;
    private final LoadAuditTrailPort audit;
    private final Clock clock;
    private final DossierAccess access;
    private final PublishRenewalEventsPort renewals;
    private final DossierSnapshotsPort snapshots;
    private final PreparationSupportEnding preparationSupport;
    private final MembershipService membership;
    private final MembershipAnnouncements announcements;

    public DecisionService(LoadDossierPort load, SaveDossierPort save, DecisionRecordsPort records, LoadOrganisationPort organisations,
            PublishDossierEventsPort events, AgrementPolicy agrementPolicy, LoadAuditTrailPort audit, Clock clock,
            DossierAccess access, PublishRenewalEventsPort renewals, DossierSnapshotsPort snapshots,
            PreparationSupportEnding preparationSupport, MembershipService membership, MembershipAnnouncements announcements) {
        this.announcements = announcements;
        this.preparationSupport = preparationSupport;
        this.membership = membership;
        this.snapshots = snapshots;
        this.access = access;
        this.renewals = renewals;
        this.audit = audit;
        this.load = load;
        this.save = save;
        this.records = records;
        this.organisations = organisations;
        this.events = events;
        this.agrementPolicy = agrementPolicy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void recordOpinion(RecordOpinionCommand c) {
        Dossier dossier = load.existingDossier(c.dossierId());
        if (!records.saveOpinion(c.dossierId(), c.opinion())) {
            return;
        }
        // An opinion on an older snapshot is kept for the record but moves nothing: a newer round is under way.
        if (dossier.status() == DossierStatus.UNDER_EVALUATION && c.opinion().snapshotVersion() == dossier.snapshotVersion()) {
            dossier.receiveOpinion(DossierService.COMITE_ACTOR, c.opinion().issuedAt(),
                    "avis du Comité d'Evaluation : " + c.opinion().outcome());
            save.saveDossier(dossier);
        }
    }

    @Override
    @Transactional
    public Decided decideOnDossier(DecideOnDossierCommand c) {
        Dossier dossier = load.dossierAtVersion(c.dossierId(), c.expectedVersion());
        boolean validated = c.outcome() == Decision.Outcome.VALIDATED;
        Instant now = clock.instant();
        // the lifecycle first: deciding is only possible once the opinion is in
        dossier.decide(validated, c.decidedBy(), now, c.justification() == null ? "décision de la Région" : c.justification());
        Opinion opinion = records.opinionOn(c.dossierId(), dossier.snapshotVersion())
                .orElseThrow(() -> new DecisionRefusedException(DecisionRefusedException.Reason.NO_OPINION));
        Decision decision = Decision.take(opinion, c.outcome(), c.justification(), c.decidedBy(), now);
        // what the Comité judged, frozen in the snapshot (animateur post, funded beneficiary, core group), not what was
        // stated since; each scheme needs its own (an economic cluster its post, a grape or a pole its beneficiary)
        DossierSnapshot judged = validated ? snapshots.snapshot(c.dossierId(), dossier.snapshotVersion())
                .map(DossierSubmitted::snapshot).orElse(null) : null;
        AgrementFunding funding = validated ? AgrementFunding.of(dossier.scheme(), judged) : null;
        Dossier saved = save.saveDossier(dossier);
        records.saveDecision(c.dossierId(), decision);
        events.dossierDecided(saved, decision);
        if (!validated) {
            // a rejection ends a running preparation support: the decision day is its last funded day
            preparationSupport.endAfter(c.dossierId(), LocalDate.ofInstant(now, clock.getZone()), EndReason.DOSSIER_REJECTED,
                    c.decidedBy(), now);
            // and the cluster in preparation (a refused renewal: the cluster whose agrément still runs stays VALIDATED)
            announcements.dossierClosed(saved, now);
        }
        Optional<Agrement> agrement = Optional.empty();
        if (validated) {
            Organisation beneficiary = organisations.existingOrganisation(new OrganisationId(funding.beneficiaryOrganisationId()));
            Optional<Agrement> current = records.agrementsOf(c.dossierId()).stream().max(Comparator.comparingInt(Agrement::periodNumber));
            if (current.isPresent()) {
                agrement = Optional.of(renew(saved, current.get(), decision, beneficiary, funding, c.decidedBy(), now));
            } else {
                LocalDate start = c.agrementStart() != null ? c.agrementStart() : LocalDate.now(clock);
                Agrement granted = Agrement.first(c.dossierId().value(), decision.id(), start, agrementPolicy.years(), c.decidedBy(), now);
                records.saveAgrement(granted);
                // the membership ledger opens: the validated snapshot's members join on the agrément's first day
                membership.openLedger(c.dossierId(), judged == null ? List.of() : judged.content().members(), granted.start(), now);
                // no day funded twice: a running preparation support ends the day before the agrément starts, announced first
                preparationSupport.endAfter(c.dossierId(), granted.start().minusDays(1), EndReason.AGREMENT_STARTED, c.decidedBy(), now);
                events.agrementGranted(saved, granted, beneficiary, funding);
                agrement = Optional.of(granted);
            }
        }
        if (validated) {
            announcements.announce(saved, MembershipStage.VALIDATED, now);
        }
        return new Decided(saved, decision, agrement);
    }

    /**
     * A validated renewal: the next period starts the day after the current one ends (whatever {@code agrementStart}
     * says), numbered one more; the current one becomes RENEWED. A rejected renewal changes no agrément: the current one
     * runs to its end and expires.
     */
    private Agrement renew(Dossier dossier, Agrement current, Decision decision, Organisation beneficiary, AgrementFunding funding, String by,
            Instant now) {
        Agrement next = current.renewal(decision.id(), agrementPolicy.years(), by, now);
        if (current.status() == Agrement.Status.ACTIVE) {
            records.changeAgrementStatus(current, Agrement.Status.RENEWED, by, now);
        }
        records.saveAgrement(next);
        renewals.agrementRenewed(dossier, current, next, beneficiary, funding);
        return next;
    }

    @Override
    @Transactional
    public Dossier declareAnimatorPost(DossierId id, long expectedVersion, AnimatorPost post, Caller by) {
        Dossier dossier = load.dossierAtVersion(id, expectedVersion);
        access.requireMayChange(dossier, by);
        // the post belongs to what the Comité judges: it changes only when the content may
        if (!dossier.isEditable()) {
            throw new DossierNotEditableException(dossier.status());
        }
        organisations.existingOrganisation(new OrganisationId(post.employerOrganisationId()));
        records.saveAnimatorPost(id, post, by.userId());
        return save.markChanged(dossier);
    }

    @Override
    @Transactional
    public Declared declareFundedBeneficiary(DossierId id, long expectedVersion, UUID organisationId, BigDecimal yearlyEligibleCosts,
            Caller by) {
        Dossier dossier = load.dossierAtVersion(id, expectedVersion);
        access.requireMayChange(dossier, by);
        // like the animateur post, the beneficiary belongs to what the Comité judges: it changes only when the content may
        if (!dossier.isEditable()) {
            throw new DossierNotEditableException(dossier.status());
        }
        FundedBeneficiary beneficiary = FundedBeneficiary.declare(dossier.scheme(), dossier.content().memberIds(), organisationId,
                yearlyEligibleCosts);
        records.saveFundedBeneficiary(id, beneficiary, by.userId());
        return new Declared(save.markChanged(dossier), beneficiary);
    }

    @Override
    @Transactional
    public int expireEndedAgrements() {
        Instant now = clock.instant();
        List<Agrement> ended = records.lockActiveAgrementsEndingBefore(LocalDate.now(clock), EXPIRY_BATCH);
        for (Agrement a : ended) {
            records.changeAgrementStatus(a, Agrement.Status.EXPIRED, EXPIRY_ACTOR, now);
            events.agrementExpired(a, now);
            announcements.agrementExpired(load.existingDossier(new DossierId(a.dossierId())), now);
        }
        return ended.size();
    }

    @Override
    public List<AuditEntry> auditTrail(DossierId id) {
        load.existingDossier(id);
        return audit.auditTrail(id);
    }

    @Override
    public Optional<Opinion> currentOpinion(DossierId id) {
        return records.opinionOn(id, load.existingDossier(id).snapshotVersion());
    }

    @Override
    public List<Decision> decisions(DossierId id) {
        load.existingDossier(id);
        return records.decisionsOf(id);
    }

    @Override
    public List<Agrement> agrements(DossierId id) {
        load.existingDossier(id);
        return records.agrementsOf(id);
    }

    @Override
    public Optional<AnimatorPost> animatorPost(DossierId id) {
        load.existingDossier(id);
        return records.animatorPostOf(id);
    }

    @Override
    public Optional<FundedBeneficiary> fundedBeneficiary(DossierId id) {
        load.existingDossier(id);
        return records.fundedBeneficiaryOf(id);
    }
}
