package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.AgrementRenewedV1;
import be.wallonie.clusters.contracts.registry.ClusterPartiesV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishRenewalEventsPort;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.AgrementFunding;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/** AgrementRenewed to the outbox, keyed by the dossier so it stays ordered after the cluster's other events. */
@ApplicationScoped
class RenewalEventPublisher implements PublishRenewalEventsPort {

    private final OutboxWriter outbox;

    RenewalEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void agrementRenewed(Dossier dossier, Agrement previous, Agrement a, Organisation beneficiary, AgrementFunding f) {
        String id = dossier.id().toString();
        OrganisationProfile profile = beneficiary.profile();
        outbox.append(EventCatalog.AGREMENT_RENEWED, id, id, new AgrementRenewedV1(a.id(), previous.id(), dossier.id().value(),
                dossier.name(), dossier.scheme().name(), a.periodNumber(), a.start(), a.end(), a.decisionId(),
                new ClusterPartiesV1.Beneficiary(beneficiary.id().value(),
                        profile.enterpriseNumber() == null ? null : profile.enterpriseNumber().value(), profile.name()),
                DossierEventPublisher.animator(f.animatorPost()), f.privateContributions(), a.grantedAt().atOffset(ZoneOffset.UTC),
                f.eligibleYearlyCosts(), f.coreGroupOrganisationIds(), f.coreGroupEnterpriseNumbers()));
    }
}
