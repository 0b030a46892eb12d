package be.wallonie.clusters.evaluation.adapter.out.persistence;

import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.bind;
import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.instant;
import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.number;

import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.NoConflictDeclaration;
import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.out.ClusterMembershipsPort;
import be.wallonie.clusters.evaluation.application.port.out.NoConflictDeclarationsPort;
import be.wallonie.clusters.evaluation.application.port.out.PanelsPort;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.expert.ClusterMembership;
import be.wallonie.clusters.evaluation.domain.expert.ClusterStage;
import be.wallonie.clusters.evaluation.domain.panel.Panel;
import be.wallonie.clusters.evaluation.domain.panel.PanelMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Panels, their seats, the known cluster members (snapshots' and announced) and the per-dossier no-conflict declarations. */
@ApplicationScoped
class PanelPersistenceAdapter implements PanelsPort, ClusterMembershipsPort, NoConflictDeclarationsPort {

    private final EntityManager em;

    PanelPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void createPanel(UUID caseId, String focusDomain, String clusterName) {
        var q = em.createNativeQuery("insert into panel (case_id, version, focus_domain, cluster_name) values (:c, 0, :d, :n)")
                .setParameter("c", caseId);
        bind(q, "d", focusDomain, String.class);
        bind(q, "n", clusterName, String.class).executeUpdate();
    }

    @Override
    public void lockCase(UUID caseId) {
        // the case row, not the panel's: the case opening updates older rounds' rows first, so one lock order for all
        em.createNativeQuery("select id from evaluation_case where id = :c for update").setParameter("c", caseId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Panel> loadPanel(UUID caseId) {
        List<Object[]> head = em.createNativeQuery("select version, focus_domain, cluster_name from panel where case_id = :c")
                .setParameter("c", caseId).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select expert_id, appointed_at, appointed_by, removed_at, removed_by, removal_code, removal_reason_fr, removal_reason_en
                from panel_member where case_id = :c order by appointed_at, id""").setParameter("c", caseId).getResultList();
        List<PanelMember> members = rows.stream().map(r -> new PanelMember(caseId, (UUID) r[0], instant(r[1]), (String) r[2],
                instant(r[3]), (String) r[4], (String) r[5], r[6] == null ? null : new LocalizedText((String) r[6], (String) r[7])))
                .toList();
        Object[] h = head.get(0);
        return Optional.of(new Panel(caseId, (String) h[1], (String) h[2], number(h[0]), members));
    }

    @Override
    public Panel changePanel(UUID caseId, long expectedVersion, List<PanelMember> appointed, List<PanelMember> removed) {
        int bumped = em.createNativeQuery("update panel set version = version + 1 where case_id = :c and version = :v")
                .setParameter("c", caseId).setParameter("v", expectedVersion).executeUpdate();
        if (bumped == 0) {
            throw Refusal.stale("Le panel / The panel", expectedVersion, loadPanel(caseId).map(Panel::version).orElse(0L));
        }
        for (PanelMember m : removed) {
            markRemoved(caseId, m.expertId(), m.removedAt(), m.removedBy(), m.removalCode(), m.removalReason());
        }
        for (PanelMember m : appointed) {
            em.createNativeQuery("""
                    insert into panel_member (id, case_id, expert_id, appointed_at, appointed_by) values (:id, :c, :e, :at, :by)""")
                    .setParameter("id", UUID.randomUUID()).setParameter("c", caseId).setParameter("e", m.expertId())
                    .setParameter("at", m.appointedAt()).setParameter("by", m.appointedBy()).executeUpdate();
        }
        return loadPanel(caseId).orElseThrow();
    }

    @Override
    public void removeMember(UUID caseId, UUID expertId, Instant at, String by, String code, LocalizedText reason) {
        if (markRemoved(caseId, expertId, at, by, code, reason) > 0) {
            em.createNativeQuery("update panel set version = version + 1 where case_id = :c").setParameter("c", caseId).executeUpdate();
        }
    }

    private int markRemoved(UUID caseId, UUID expertId, Instant at, String by, String code, LocalizedText reason) {
        return em.createNativeQuery("""
                update panel_member set removed_at = :at, removed_by = :by, removal_code = :code, removal_reason_fr = :fr,
                       removal_reason_en = :en
                where case_id = :c and expert_id = :e and removed_at is null""")
                .setParameter("at", at).setParameter("by", by).setParameter("code", code).setParameter("fr", reason.fr())
                .setParameter("en", reason.en()).setParameter("c", caseId).setParameter("e", expertId).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, List<UUID>> openSeatsOf(Collection<UUID> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select m.expert_id, m.case_id from panel_member m
                where m.expert_id in (:ids) and m.removed_at is null
                  and not exists (select 1 from opinion o where o.case_id = m.case_id)
                order by m.appointed_at, m.case_id""").setParameter("ids", new HashSet<>(expertIds)).getResultList();
        Map<UUID, List<UUID>> seats = new LinkedHashMap<>();
        for (Object[] r : rows) {
            seats.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        return seats;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> casesSeating(UUID expertId) {
        return em.createNativeQuery("""
                select m.case_id from panel_member m join evaluation_case c on c.id = m.case_id
                where m.expert_id = :e and m.removed_at is null order by c.opened_at, c.id""")
                .setParameter("e", expertId).getResultList();
    }

    @Override
    public void recordMemberships(Collection<ClusterMembership> memberships) {
        for (ClusterMembership m : memberships) {
            var q = em.createNativeQuery("""
                    insert into cluster_membership (case_id, organisation_key, enterprise_number, dossier_id, organisation_name,
                                                    cluster_name, country, name_key)
                    values (:c, :k, :n, :d, :o, :cl, :co, :nk) on conflict do nothing""")
                    .setParameter("c", m.caseId()).setParameter("k", m.organisationKey()).setParameter("d", m.dossierId());
            bind(q, "n", m.enterpriseNumber(), String.class);
            bind(q, "co", m.country(), String.class);
            bind(q, "nk", m.nameKey(), String.class);
            bind(q, "o", m.organisationName(), String.class);
            bind(q, "cl", m.clusterName(), String.class).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ClusterMembership> membershipsOf(Collection<String> enterpriseNumbers, Collection<String> nameKeys) {
        if (enterpriseNumbers.isEmpty() && nameKeys.isEmpty()) {
            return List.of();
        }
        // the snapshots' members and the announced ones; a dossier last announced ENDED counts no more
        // (an empty IN list is not valid SQL: a value no key can take stands for "none")
        List<Object[]> rows = em.createNativeQuery("""
                select m.enterprise_number, m.organisation_name, m.dossier_id, m.case_id, m.cluster_name, m.country,
                       cast(null as varchar) as stage, m.organisation_key
                from cluster_membership m
                where (m.enterprise_number in (:n) or m.name_key in (:k))
                  and not exists (select 1 from announced_cluster a where a.dossier_id = m.dossier_id and a.stage = 'ENDED')
                union all
                select m.enterprise_number, m.organisation_name, m.dossier_id, null, null, m.country, a.stage, m.organisation_key
                from announced_cluster_member m join announced_cluster a on a.dossier_id = m.dossier_id
                where (m.enterprise_number in (:n) or m.name_key in (:k)) and a.stage <> 'ENDED'
                order by 8, 3, 4""")
                .setParameter("n", enterpriseNumbers.isEmpty() ? Set.of("-") : new HashSet<>(enterpriseNumbers))
                .setParameter("k", nameKeys.isEmpty() ? Set.of("-") : new HashSet<>(nameKeys)).getResultList();
        return rows.stream().map(r -> new ClusterMembership(r[0] == null ? null : r[0].toString(), (String) r[1], (UUID) r[2], (UUID) r[3],
                (String) r[4], r[5] == null ? null : r[5].toString(), r[6] == null ? null : ClusterStage.valueOf(r[6].toString()))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public OptionalLong lockAnnouncedSequence(UUID dossierId) {
        List<Object> rows = em.createNativeQuery("select sequence from announced_cluster where dossier_id = :d for update")
                .setParameter("d", dossierId).getResultList();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(number(rows.get(0)));
    }

    @Override
    public void replaceAnnouncedMembers(UUID dossierId, long sequence, ClusterStage stage, List<ClusterMembership> members,
            Instant changedAt) {
        int updated = em.createNativeQuery("""
                update announced_cluster set sequence = :s, stage = :st, changed_at = :at, recorded_at = now() where dossier_id = :d""")
                .setParameter("s", sequence).setParameter("st", stage.name()).setParameter("at", changedAt).setParameter("d", dossierId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into announced_cluster (dossier_id, sequence, stage, changed_at) values (:d, :s, :st, :at)")
                    .setParameter("d", dossierId).setParameter("s", sequence).setParameter("st", stage.name())
                    .setParameter("at", changedAt).executeUpdate();
        }
        em.createNativeQuery("delete from announced_cluster_member where dossier_id = :d").setParameter("d", dossierId).executeUpdate();
        for (ClusterMembership m : members) {
            var q = em.createNativeQuery("""
                    insert into announced_cluster_member (dossier_id, organisation_key, enterprise_number, organisation_name, country,
                                                          name_key)
                    values (:d, :k, :n, :o, :co, :nk) on conflict do nothing""")
                    .setParameter("d", dossierId).setParameter("k", m.organisationKey());
            bind(q, "n", m.enterpriseNumber(), String.class);
            bind(q, "o", m.organisationName(), String.class);
            bind(q, "co", m.country(), String.class);
            bind(q, "nk", m.nameKey(), String.class).executeUpdate();
        }
    }

    @Override
    public void saveNoConflictDeclaration(NoConflictDeclaration d) {
        em.createNativeQuery("""
                insert into no_conflict_declaration (id, case_id, expert_id, signed_by, signed_at, statement)
                values (:id, :c, :e, :by, :at, :s)""")
                .setParameter("id", d.id()).setParameter("c", d.caseId()).setParameter("e", d.expertId())
                .setParameter("by", d.signedBy()).setParameter("at", d.signedAt()).setParameter("s", d.statement()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<NoConflictDeclaration> noConflictDeclaration(UUID caseId, UUID expertId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, signed_by, signed_at, statement from no_conflict_declaration where case_id = :c and expert_id = :e""")
                .setParameter("c", caseId).setParameter("e", expertId).getResultList();
        return rows.stream().findFirst().map(r -> new NoConflictDeclaration((UUID) r[0], caseId, expertId, (String) r[1],
                instant(r[2]), (String) r[3]));
    }
}
