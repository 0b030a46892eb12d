package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishCelluleAvisEventsPort;
import be.wallonie.clusters.registry.domain.avis.AvisText;
import be.wallonie.clusters.registry.domain.avis.CelluleAvis;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/** CelluleAvisIssued to the outbox, keyed by the dossier; one event per version. */
@ApplicationScoped
class CelluleAvisEventPublisher implements PublishCelluleAvisEventsPort {

    private final OutboxWriter outbox;

    CelluleAvisEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void celluleAvisIssued(CelluleAvis a) {
        AvisText t = a.text();
        String dossier = a.dossierId().toString();
        outbox.append(EventCatalog.CELLULE_AVIS_ISSUED, a.avisId().toString(), dossier, new CelluleAvisIssuedV1(a.avisId(),
                a.dossierId(), a.snapshotVersion(), a.version(), t.recommendation().name(), t.language().code(), t.informationNote(),
                t.summary(), t.criteria().stream().map(c -> new CelluleAvisIssuedV1.CriterionAvis(c.criterion().name(),
                        c.assessment().name(), c.reason())).toList(), a.writtenBy(), a.writtenAt().atOffset(ZoneOffset.UTC)));
    }
}
