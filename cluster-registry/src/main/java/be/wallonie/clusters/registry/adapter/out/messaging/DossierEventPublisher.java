package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import be.wallonie.clusters.contracts.registry.AgrementExpiredV1;
import be.wallonie.clusters.contracts.registry.AnimatorCostsDeclaredV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportEndedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportGrantedV1;
import be.wallonie.clusters.registry.domain.support.CostDeclaration;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import java.time.Instant;
import be.wallonie.clusters.contracts.registry.ClusterPartiesV1;
import be.wallonie.clusters.contracts.registry.DossierDecidedV1;
import be.wallonie.clusters.contracts.registry.DossierReturnedForCompletionV1;
import be.wallonie.clusters.contracts.registry.DossierWithdrawnV1;
import be.wallonie.clusters.registry.domain.dossier.StatusChange;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.AgrementFunding;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import java.util.List;

/** Maps the registry's domain events to their published contracts and writes them to the outbox. */
@ApplicationScoped
class DossierEventPublisher implements PublishDossierEventsPort {

    private final OutboxWriter outbox;

    DossierEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void dossierSubmitted(DossierSubmitted event, SessionAssignment session) {
        DossierSnapshot s = event.snapshot();
        DossierSnapshotV1 snapshot = SnapshotContract.of(s);
        DossierSubmittedV1 payload = new DossierSubmittedV1(s.dossierId().value(), s.snapshotVersion(),
                session == null ? null : session.callId(), session == null ? null : session.sessionId(),
                event.submittedAt().atOffset(ZoneOffset.UTC), event.submittedBy(), snapshot);
        String id = s.dossierId().toString();
        outbox.append(EventCatalog.DOSSIER_SUBMITTED, id, id, payload);
    }

    @Override
    public void dossierDecided(Dossier dossier, Decision d) {
        String id = dossier.id().toString();
        outbox.append(EventCatalog.DOSSIER_DECIDED, id, id, new DossierDecidedV1(d.id(), dossier.id().value(), d.snapshotVersion(),
                dossier.scheme().name(), d.outcome().name(), d.opinionId(), d.opinion().name(), d.departsFromOpinion(),
                d.justification(), d.decidedBy(), d.decidedAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void dossierWithdrawn(Dossier dossier, StatusChange c) {
        String id = dossier.id().toString();
        outbox.append(EventCatalog.DOSSIER_WITHDRAWN, id, id, new DossierWithdrawnV1(dossier.id().value(), dossier.snapshotVersion(),
                c.reason(), c.by(), c.at().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void dossierReturnedForCompletion(Dossier dossier, StatusChange c) {
        String id = dossier.id().toString();
        outbox.append(EventCatalog.DOSSIER_RETURNED_FOR_COMPLETION, id, id, new DossierReturnedForCompletionV1(dossier.id().value(),
                dossier.snapshotVersion(), c.reason(), c.by(), c.at().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void agrementExpired(Agrement a, Instant at) {
        String id = a.dossierId().toString();
        outbox.append(EventCatalog.AGREMENT_EXPIRED, a.id().toString(), id,
                new AgrementExpiredV1(a.id(), a.dossierId(), a.periodNumber(), a.end(), at.atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void preparationSupportGranted(Dossier dossier, PreparationSupport p, Organisation beneficiary, AnimatorPost post,
            List<Organisation> coreGroup) {
        String id = dossier.id().toString();
        outbox.append(EventCatalog.PREPARATION_SUPPORT_GRANTED, p.id().toString(), id, new PreparationSupportGrantedV1(p.id(),
                dossier.id().value(), dossier.name(), p.start(), p.end(), beneficiary(beneficiary),
                new ClusterPartiesV1.AnimatorPost(post.fte(), post.startDate(), post.yearlyCost()), p.grantedBy(),
                p.grantedAt().atOffset(ZoneOffset.UTC), dossier.content().coreGroupIds(), coreGroup.stream()
                        .map(o -> o.profile().enterpriseNumber()).filter(java.util.Objects::nonNull).map(n -> n.value()).distinct()
                        .toList()));
    }

    @Override
    public void preparationSupportEnded(PreparationSupport p) {
        PreparationSupport.Ending e = p.ending();
        outbox.append(EventCatalog.PREPARATION_SUPPORT_ENDED, p.id().toString(), p.dossierId().toString(), new PreparationSupportEndedV1(p.id(),
                p.dossierId(), e.lastDay(), e.reason().name(), e.endedAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void animatorCostsDeclared(CostDeclaration d) {
        outbox.append(EventCatalog.ANIMATOR_COSTS_DECLARED, d.id().toString(), d.dossierId().toString(), new AnimatorCostsDeclaredV1(
                d.id(), d.dossierId(), d.budgetYear(), d.eligibleCosts(), d.privateContributions(), d.reason(), d.declaredBy(),
                d.declaredAt().atOffset(ZoneOffset.UTC)));
    }

    private static ClusterPartiesV1.Beneficiary beneficiary(Organisation o) {
        OrganisationProfile profile = o.profile();
        return new ClusterPartiesV1.Beneficiary(o.id().value(),
                profile.enterpriseNumber() == null ? null : profile.enterpriseNumber().value(), profile.name());
    }

    @Override
    public void agrementGranted(Dossier dossier, Agrement a, Organisation beneficiary, AgrementFunding f) {
        String id = dossier.id().toString();
        outbox.append(EventCatalog.AGREMENT_GRANTED, id, id, new AgrementGrantedV1(a.id(), dossier.id().value(), dossier.name(),
                dossier.scheme().name(), a.periodNumber(), a.start(), a.end(), a.decisionId(),
                beneficiary(beneficiary), animator(f.animatorPost()), f.privateContributions(), a.grantedAt().atOffset(ZoneOffset.UTC),
                f.eligibleYearlyCosts(), f.coreGroupOrganisationIds(), f.coreGroupEnterpriseNumbers()));
    }

    /** The animateur post as the contracts carry it; null for a grape or a pole that stated none. */
    static ClusterPartiesV1.AnimatorPost animator(AnimatorPost post) {
        return post == null ? null : new ClusterPartiesV1.AnimatorPost(post.fte(), post.startDate(), post.yearlyCost());
    }
}
