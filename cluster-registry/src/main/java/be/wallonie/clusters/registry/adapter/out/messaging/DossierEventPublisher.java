package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;

/** Maps the registry's domain events to their published contracts and writes them to the outbox. */
@ApplicationScoped
class DossierEventPublisher implements PublishDossierEventsPort {

    private final OutboxWriter outbox;

    DossierEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void dossierSubmitted(DossierSubmitted event) {
        DossierSnapshot s = event.snapshot();
        DossierSnapshotV1 snapshot = new DossierSnapshotV1(s.name(), s.acronym(), s.scheme().name(), s.entryVolet().name(),
                new DossierSnapshotV1.Focus(s.focus().kind().name(), s.focus().domain(), s.focus().description()),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        DossierSubmittedV1 payload = new DossierSubmittedV1(s.dossierId().value(), s.snapshotVersion(), null, null,
                event.submittedAt().atOffset(ZoneOffset.UTC), event.submittedBy(), snapshot);
        String id = s.dossierId().toString();
        outbox.append(EventCatalog.DOSSIER_SUBMITTED, id, id, payload);
    }
}
