package be.wallonie.clusters.evaluation.adapter.out.persistence;

import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.bind;
import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.instant;

import be.wallonie.clusters.evaluation.application.port.out.CelluleAvisPort;
import be.wallonie.clusters.evaluation.domain.avis.AvisFreeze;
import be.wallonie.clusters.evaluation.domain.avis.CelluleAvis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Cellule's avis and the freezes in plain SQL in the caller's transaction; the criteria as a JSON array. */
@ApplicationScoped
class CelluleAvisPersistenceAdapter implements CelluleAvisPort {

    private final EntityManager em;
    private final ObjectMapper json;

    CelluleAvisPersistenceAdapter(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public void lockAvisOf(UUID dossierId, int snapshotVersion) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:k))) l")
                .setParameter("k", "cellule-avis:" + dossierId + ":" + snapshotVersion).getSingleResult();
    }

    @Override
    public void saveAvis(CelluleAvis a) {
        em.createNativeQuery("""
                insert into cellule_avis (dossier_id, snapshot_version, avis_version, avis_id, recommendation, language,
                    information_note, summary, criteria, written_by, written_at, received_after_panel)
                values (:d, :s, :v, :id, :r, :l, :n, :sum, cast(:c as jsonb), :by, :at, :late)""")
                .setParameter("d", a.dossierId()).setParameter("s", a.snapshotVersion()).setParameter("v", a.version())
                .setParameter("id", a.avisId()).setParameter("r", a.recommendation()).setParameter("l", a.language())
                .setParameter("n", a.informationNote()).setParameter("sum", a.summary()).setParameter("c", write(a.criteria()))
                .setParameter("by", a.writtenBy()).setParameter("at", Timestamp.from(a.writtenAt()))
                .setParameter("late", a.receivedAfterPanel()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CelluleAvis> avisVersions(UUID dossierId, int snapshotVersion) {
        List<Object[]> rows = em.createNativeQuery("""
                select avis_id, dossier_id, snapshot_version, avis_version, recommendation, language, information_note, summary,
                       cast(criteria as text), written_by, written_at, received_after_panel
                from cellule_avis where dossier_id = :d and snapshot_version = :s order by avis_version""")
                .setParameter("d", dossierId).setParameter("s", snapshotVersion).getResultList();
        return rows.stream().map(r -> new CelluleAvis((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], read((String) r[8]), (String) r[9], instant(r[10]),
                (Boolean) r[11])).toList();
    }

    @Override
    public boolean saveFreeze(AvisFreeze f) {
        var q = em.createNativeQuery("""
                insert into cellule_avis_freeze (case_id, dossier_id, snapshot_version, cellule_avis_version, composed_at)
                values (:c, :d, :s, :v, :at) on conflict do nothing""")
                .setParameter("c", f.caseId()).setParameter("d", f.dossierId()).setParameter("s", f.snapshotVersion())
                .setParameter("at", Timestamp.from(f.composedAt()));
        return bind(q, "v", f.celluleAvisVersion(), Integer.class).executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<AvisFreeze> freezeOfCase(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select case_id, dossier_id, snapshot_version, cellule_avis_version, composed_at from cellule_avis_freeze
                where case_id = :c""").setParameter("c", caseId).getResultList();
        return rows.stream().findFirst().map(r -> new AvisFreeze((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(), instant(r[4])));
    }

    @Override
    public boolean snapshotFrozen(UUID dossierId, int snapshotVersion) {
        return ((Number) em.createNativeQuery("""
                select count(*) from cellule_avis_freeze where dossier_id = :d and snapshot_version = :s""")
                .setParameter("d", dossierId).setParameter("s", snapshotVersion).getSingleResult()).longValue() > 0;
    }

    private String write(List<CelluleAvis.CriterionAvis> criteria) {
        try {
            return json.writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CelluleAvis.CriterionAvis> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<CelluleAvis.CriterionAvis>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
