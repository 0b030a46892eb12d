package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;
import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.out.SupportRecordsPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.support.CostDeclaration;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Preparation supports, cost declarations and labels, in plain SQL in the caller's transaction. */
@ApplicationScoped
class SupportRecordsAdapter implements SupportRecordsPort {

    private final EntityManager em;

    SupportRecordsAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PreparationSupport> preparationSupportOf(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("select id, start_date, end_date, granted_by, granted_at, ended_last_day, "
                + "end_reason, ended_by, ended_at from preparation_support where dossier_id = ?1").setParameter(1, dossier.value()).getResultList();
        return rows.stream().findFirst().map(r -> new PreparationSupport((UUID) r[0], dossier.value(), date(r[1]), date(r[2]),
                (String) r[3], instant(r[4]), r[5] == null ? null
                        : new PreparationSupport.Ending(date(r[5]), PreparationSupport.EndReason.valueOf((String) r[6]), (String) r[7], instant(r[8]))));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PreparationSupport> lockPreparationSupportOf(DossierId dossier) {
        List<Object> ids = em.createNativeQuery("select id from preparation_support where dossier_id = ?1 for update")
                .setParameter(1, dossier.value()).getResultList();
        return ids.isEmpty() ? Optional.empty() : preparationSupportOf(dossier);
    }

    @Override
    public void savePreparationSupport(PreparationSupport s) {
        em.createNativeQuery("insert into preparation_support (id, dossier_id, start_date, end_date, granted_by, granted_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, s.id()).setParameter(2, s.dossierId())
                .setParameter(3, Date.valueOf(s.start())).setParameter(4, Date.valueOf(s.end())).setParameter(5, s.grantedBy())
                .setParameter(6, Timestamp.from(s.grantedAt())).executeUpdate();
    }

    @Override
    public boolean saveEnding(PreparationSupport s) {
        PreparationSupport.Ending e = s.ending();
        return em.createNativeQuery("update preparation_support set ended_last_day = ?2, end_reason = ?3, ended_by = ?4, ended_at = ?5 "
                + "where id = ?1 and ended_last_day is null").setParameter(1, s.id()).setParameter(2, Date.valueOf(e.lastDay()))
                .setParameter(3, e.reason().name()).setParameter(4, e.endedBy()).setParameter(5, Timestamp.from(e.endedAt())).executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CostDeclaration> costDeclarationsOf(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, budget_year, eligible_costs, private_contributions, reason, declared_by, declared_at
                from animator_cost_declaration where dossier_id = ?1 order by declared_at""").setParameter(1, dossier.value())
                .getResultList();
        return rows.stream().map(r -> new CostDeclaration((UUID) r[0], dossier.value(), ((Number) r[1]).intValue(), (BigDecimal) r[2],
                (BigDecimal) r[3], (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    @Override
    public void saveCostDeclaration(CostDeclaration d) {
        em.createNativeQuery("""
                insert into animator_cost_declaration (id, dossier_id, budget_year, eligible_costs, private_contributions, reason,
                    declared_by, declared_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, d.id()).setParameter(2, d.dossierId()).setParameter(3, d.budgetYear())
                .setParameter(4, d.eligibleCosts()).setParameter(5, d.privateContributions()).setParameter(6, d.reason())
                .setParameter(7, d.declaredBy()).setParameter(8, Timestamp.from(d.declaredAt())).executeUpdate();
    }

    @Override
    public void saveFlagship(DossierId dossier, boolean flagship, String by, Instant at) {
        em.createNativeQuery("""
                insert into dossier_label (dossier_id, flagship, set_by, set_at) values (?1, ?2, ?3, ?4)
                on conflict (dossier_id) do update set flagship = excluded.flagship, set_by = excluded.set_by, set_at = excluded.set_at""")
                .setParameter(1, dossier.value()).setParameter(2, flagship).setParameter(3, by).setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean flagship(DossierId dossier) {
        List<Object> rows = em.createNativeQuery("select flagship from dossier_label where dossier_id = ?1")
                .setParameter(1, dossier.value()).getResultList();
        return rows.stream().findFirst().map(Boolean.class::cast).orElse(false);
    }
}
