package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.out.DossierSnapshotsPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The frozen snapshots, one row per submission; the table refuses updates and deletes (V7 trigger). */
@ApplicationScoped
class DossierSnapshotAdapter implements DossierSnapshotsPort {

    private final EntityManager em;
    private final DossierDocuments documents;

    DossierSnapshotAdapter(EntityManager em, DossierDocuments documents) {
        this.em = em;
        this.documents = documents;
    }

    @Override
    public void saveSnapshot(DossierSubmitted s) {
        em.createNativeQuery("insert into dossier_snapshot (dossier_id, snapshot_version, submitted_at, submitted_by, snapshot) "
                        + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb))")
                .setParameter(1, s.snapshot().dossierId().value()).setParameter(2, s.snapshot().snapshotVersion())
                .setParameter(3, Timestamp.from(s.submittedAt())).setParameter(4, s.submittedBy())
                .setParameter(5, documents.write(s.snapshot())).executeUpdate();
    }

    @Override
    public List<DossierSubmitted> snapshots(DossierId dossier) {
        return read("select submitted_at, submitted_by, cast(snapshot as text) from dossier_snapshot where dossier_id = ?1 "
                + "order by snapshot_version", dossier, null);
    }

    @Override
    public Optional<DossierSubmitted> snapshot(DossierId dossier, int version) {
        return read("select submitted_at, submitted_by, cast(snapshot as text) from dossier_snapshot where dossier_id = ?1 "
                + "and snapshot_version = ?2", dossier, version).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<DossierSubmitted> read(String sql, DossierId dossier, Integer version) {
        var query = em.createNativeQuery(sql).setParameter(1, dossier.value());
        if (version != null) {
            query.setParameter(2, version);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new DossierSubmitted(documents.snapshot((String) r[2]), instant(r[0]), (String) r[1])).toList();
    }
}
