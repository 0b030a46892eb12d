package be.wallonie.clusters.registry.adapter.out.persistence;

import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.SaveDossierPort;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.StatusChange;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class DossierPersistenceAdapter implements LoadDossierPort, SaveDossierPort {

    private final EntityManager em;

    DossierPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Dossier> loadDossier(DossierId id) {
        return Optional.ofNullable(em.find(DossierEntity.class, id.value())).map(DossierPersistenceAdapter::toDomain);
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
        return toDomain(e);
    }

    static Dossier toDomain(DossierEntity e) {
        return Dossier.restore(new DossierId(e.id), e.name, e.acronym, Scheme.valueOf(e.scheme), Volet.valueOf(e.entryVolet),
                new Focus(Focus.Kind.valueOf(e.focusKind), e.focusDomain, e.focusDescription),
                DossierStatus.valueOf(e.status), e.snapshotVersion, e.version, e.createdBy, e.createdAt);
    }
}
