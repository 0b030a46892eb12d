package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.PoleProjectApprovedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishPoleProjectEventsPort;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.pole.PoleProject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/** PoleProjectApproved to the outbox, keyed by the pole's dossier so it stays ordered after its agrément. */
@ApplicationScoped
class PoleProjectEventPublisher implements PublishPoleProjectEventsPort {

    private final OutboxWriter outbox;

    PoleProjectEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void poleProjectApproved(Dossier pole, PoleProject p) {
        String id = pole.id().toString();
        outbox.append(EventCatalog.POLE_PROJECT_APPROVED, p.id().toString(), id, new PoleProjectApprovedV1(p.id(), p.dossierId(),
                pole.name(), p.callYear(), p.kind().name(), p.title(), p.start(), p.end(), p.budget(), p.privateContributions(),
                p.approvedBy(), p.approvedAt().atOffset(ZoneOffset.UTC)));
    }
}
