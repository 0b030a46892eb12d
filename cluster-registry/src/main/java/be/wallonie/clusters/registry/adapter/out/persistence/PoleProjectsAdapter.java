package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;
import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.out.PoleProjectsPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.pole.PoleProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** The approved pole projects, in plain SQL in the caller's transaction. */
@ApplicationScoped
class PoleProjectsAdapter implements PoleProjectsPort {

    private final EntityManager em;

    PoleProjectsAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(PoleProject p) {
        em.createNativeQuery("""
                insert into pole_project (id, dossier_id, call_year, kind, title, start_date, end_date, budget,
                    private_contributions, approved_by, approved_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, p.id()).setParameter(2, p.dossierId()).setParameter(3, p.callYear()).setParameter(4, p.kind().name())
                .setParameter(5, p.title()).setParameter(6, Date.valueOf(p.start())).setParameter(7, Date.valueOf(p.end()))
                .setParameter(8, p.budget()).setParameter(9, p.privateContributions()).setParameter(10, p.approvedBy())
                .setParameter(11, Timestamp.from(p.approvedAt())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PoleProject> projectsOf(DossierId pole) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, call_year, kind, title, start_date, end_date, budget, private_contributions, approved_by, approved_at
                from pole_project where dossier_id = ?1 order by approved_at, id""").setParameter(1, pole.value()).getResultList();
        return rows.stream().map(r -> new PoleProject((UUID) r[0], pole.value(), ((Number) r[1]).intValue(),
                PoleProject.Kind.valueOf((String) r[2]), (String) r[3], date(r[4]), date(r[5]), (BigDecimal) r[6], (BigDecimal) r[7],
                (String) r[8], instant(r[9]))).toList();
    }
}
