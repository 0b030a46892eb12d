package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.in.ListAwaitingAvisQuery.AwaitingAvis;
import be.wallonie.clusters.registry.application.port.in.ListAwaitingAvisQuery.AwaitingAvisPage;
import be.wallonie.clusters.registry.application.port.out.CelluleAvisRecordsPort;
import be.wallonie.clusters.registry.domain.avis.Assessment;
import be.wallonie.clusters.registry.domain.avis.AvisCriterion;
import be.wallonie.clusters.registry.domain.avis.AvisFreeze;
import be.wallonie.clusters.registry.domain.avis.AvisLanguage;
import be.wallonie.clusters.registry.domain.avis.AvisText;
import be.wallonie.clusters.registry.domain.avis.CelluleAvis;
import be.wallonie.clusters.registry.domain.avis.CriterionAvis;
import be.wallonie.clusters.registry.domain.avis.Recommendation;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Cellule's avis and their freezes in plain SQL in the caller's transaction; the criteria as a JSON array. */
@ApplicationScoped
class CelluleAvisRecordsAdapter implements CelluleAvisRecordsPort {

    private static final String COLUMNS = """
            select avis_id, dossier_id, snapshot_version, version, recommendation, language, information_note, summary,
                   cast(criteria as text), written_by, written_at
            from cellule_avis
            """;
    /** The current snapshots before the Comité whose avis is not frozen. */
    private static final String AWAITING = """
            from dossier d
            join dossier_snapshot s on s.dossier_id = d.id and s.snapshot_version = d.snapshot_version
            where d.status in ('SUBMITTED', 'UNDER_EVALUATION')
              and not exists (select 1 from cellule_avis_freeze f
                              where f.dossier_id = d.id and f.snapshot_version = d.snapshot_version)
            """;

    private final EntityManager em;
    private final ObjectMapper json;

    CelluleAvisRecordsAdapter(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** As stored in the JSON column. */
    record StoredCriterion(String criterion, String assessment, String reason) {
    }

    @Override
    public void lockAvisOf(DossierId dossier) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "cellule-avis:" + dossier.value()).getSingleResult();
    }

    @Override
    public void save(CelluleAvis a) {
        AvisText t = a.text();
        em.createNativeQuery("""
                insert into cellule_avis (avis_id, dossier_id, snapshot_version, version, recommendation, language,
                    information_note, summary, criteria, written_by, written_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb), ?10, ?11)""")
                .setParameter(1, a.avisId()).setParameter(2, a.dossierId()).setParameter(3, a.snapshotVersion())
                .setParameter(4, a.version()).setParameter(5, t.recommendation().name()).setParameter(6, t.language().code())
                .setParameter(7, t.informationNote()).setParameter(8, t.summary()).setParameter(9, write(t.criteria()))
                .setParameter(10, a.writtenBy()).setParameter(11, Timestamp.from(a.writtenAt())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CelluleAvis> versionsOf(DossierId dossier, int snapshotVersion) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "where dossier_id = ?1 and snapshot_version = ?2 order by version")
                .setParameter(1, dossier.value()).setParameter(2, snapshotVersion).getResultList();
        return rows.stream().map(this::avis).toList();
    }

    @Override
    public boolean saveFreeze(AvisFreeze f) {
        return em.createNativeQuery("""
                insert into cellule_avis_freeze (dossier_id, snapshot_version, case_id, cellule_avis_version, composed_at)
                values (?1, ?2, ?3, cast(?4 as integer), ?5) on conflict do nothing""")
                .setParameter(1, f.dossierId()).setParameter(2, f.snapshotVersion()).setParameter(3, f.caseId())
                .setParameter(4, f.celluleAvisVersion()).setParameter(5, Timestamp.from(f.composedAt())).executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<AvisFreeze> freezeOf(DossierId dossier, int snapshotVersion) {
        List<Object[]> rows = em.createNativeQuery("""
                select dossier_id, snapshot_version, case_id, cellule_avis_version, composed_at from cellule_avis_freeze
                where dossier_id = ?1 and snapshot_version = ?2""")
                .setParameter(1, dossier.value()).setParameter(2, snapshotVersion).getResultList();
        return rows.stream().findFirst().map(r -> new AvisFreeze((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue(), instant(r[4])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public AwaitingAvisPage awaitingAvis(int page, int size) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.name, d.acronym, d.status, d.snapshot_version, s.submitted_at, a.version, a.written_at
                """ + AWAITING.replace("where d.status", """
                left join lateral (select x.version, x.written_at from cellule_avis x
                                   where x.dossier_id = d.id and x.snapshot_version = d.snapshot_version
                                   order by x.version desc limit 1) a on true
                where d.status""") + "order by s.submitted_at, d.id limit ?1 offset ?2")
                .setParameter(1, size).setParameter(2, (long) page * size).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) " + AWAITING).getSingleResult()).longValue();
        return new AwaitingAvisPage(rows.stream().map(r -> new AwaitingAvis((UUID) r[0], (String) r[1], (String) r[2],
                DossierStatus.valueOf((String) r[3]), ((Number) r[4]).intValue(), instant(r[5]),
                r[6] == null ? null : ((Number) r[6]).intValue(), r[7] == null ? null : instant(r[7]))).toList(), page, size, total);
    }

    private CelluleAvis avis(Object[] r) {
        AvisText text = new AvisText(Recommendation.valueOf((String) r[4]), AvisLanguage.ofCode((String) r[5]).orElseThrow(),
                (String) r[6], (String) r[7], read((String) r[8]).stream().map(c -> new CriterionAvis(AvisCriterion.valueOf(c.criterion()),
                        Assessment.valueOf(c.assessment()), c.reason())).toList());
        return new CelluleAvis((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), text,
                (String) r[9], instant(r[10]));
    }

    private String write(List<CriterionAvis> criteria) {
        try {
            return json.writeValueAsString(criteria.stream().map(c -> new StoredCriterion(c.criterion().name(),
                    c.assessment().name(), c.reason())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StoredCriterion> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<StoredCriterion>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
