package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.AccompaniedProjectChangedV1;
import be.wallonie.clusters.contracts.registry.AccompanimentActRecordedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishAccompanimentEventsPort;
import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/**
 * The accompaniment events to the outbox. AccompaniedProjectChanged is keyed (and subject-ed) by the project;
 * AccompanimentActRecorded has the act as subject and is keyed by the project if set, else the dossier. The act's
 * notes and organisation identities never leave the registry (only their count). A correction publishes the act again
 * (same {@code actId}, later {@code recordedAt}); a cancellation publishes its last version with {@code cancelled}.
 */
@ApplicationScoped
class AccompanimentEventPublisher implements PublishAccompanimentEventsPort {

    private final OutboxWriter outbox;

    AccompanimentEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void accompaniedProjectChanged(AccompaniedProject p) {
        String id = p.id().toString();
        outbox.append(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, id, id, new AccompaniedProjectChangedV1(p.id(), p.version(),
                p.status().name(), p.firstContactOn(), p.dossierId(), p.changedAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void accompanimentActRecorded(AccompanimentAct a) {
        String key = (a.projectId() != null ? a.projectId() : a.dossierId()).toString();
        outbox.append(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, a.id().toString(), key, new AccompanimentActRecordedV1(a.id(),
                a.projectId(), a.dossierId(), a.kind().name(), a.date(), a.minutesSpent(), a.organisationIds().size(),
                a.officer(), a.recordedAt().atOffset(ZoneOffset.UTC), a.cancelled()));
    }
}
