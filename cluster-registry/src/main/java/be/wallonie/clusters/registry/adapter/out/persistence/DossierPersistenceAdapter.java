package be.wallonie.clusters.registry.adapter.out.persistence;

import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.SaveDossierPort;
import be.wallonie.clusters.registry.domain.dossier.ContentChange;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class DossierPersistenceAdapter implements LoadDossierPort, SaveDossierPort {

    private final EntityManager em;
    private final DossierDocuments documents;

    DossierPersistenceAdapter(EntityManager em, DossierDocuments documents) {
        this.em = em;
        this.documents = documents;
    }

    @Override
    public Optional<Dossier> loadDossier(DossierId id) {
        return Optional.ofNullable(em.find(DossierEntity.class, id.value())).map(documents::toDomain);
    }

    @Override
    public Dossier saveDossier(Dossier dossier) {
        DossierEntity e = em.find(DossierEntity.class, dossier.id().value());
        boolean isNew = e == null;
        if (isNew) {
            e = new DossierEntity();
            e.id = dossier.id().value();
            e.createdBy = dossier.createdBy();
            e.createdAt = dossier.createdAt();
        }
        e.name = dossier.name();
        e.acronym = dossier.acronym();
        e.scheme = dossier.scheme().name();
        e.entryVolet = dossier.entryVolet().name();
        e.focusKind = dossier.focus().kind().name();
        e.focusDomain = dossier.focus().domain();
        e.focusDescription = dossier.focus().description();
        e.content = documents.write(dossier.content());
        e.status = dossier.status().name();
        e.snapshotVersion = dossier.snapshotVersion();
        e.updatedAt = Instant.now();
        if (isNew) {
            em.persist(e);
        }
        for (StatusChange change : dossier.pendingChanges()) {
            DossierStatusChangeEntity audit = new DossierStatusChangeEntity();
            audit.dossierId = e.id;
            audit.fromStatus = change.from().name();
            audit.toStatus = change.to().name();
            audit.changedBy = change.by();
            audit.changedAt = change.at();
            audit.reason = change.reason();
            em.persist(audit);
        }
        em.flush();
        for (ContentChange change : dossier.pendingContentChanges()) {
            em.createNativeQuery("insert into dossier_content_change (dossier_id, changed_by, changed_at, sections) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, e.id).setParameter(2, change.by()).setParameter(3, Timestamp.from(change.at()))
                    .setParameter(4, String.join(", ", change.sections())).executeUpdate();
        }
        return documents.toDomain(e);
    }

    @Override
    public Dossier markChanged(Dossier dossier) {
        DossierEntity e = em.find(DossierEntity.class, dossier.id().value());
        // touching the row is an update, so the @Version column goes up at flush
        e.updatedAt = Instant.now();
        em.flush();
        return documents.toDomain(e);
    }
}
