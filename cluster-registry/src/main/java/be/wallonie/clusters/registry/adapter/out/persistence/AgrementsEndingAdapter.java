package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;

import be.wallonie.clusters.registry.application.port.in.GetAgrementsEndingQuery.AgrementEnding;
import be.wallonie.clusters.registry.application.port.out.AgrementsEndingPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The worklist of agréments ending: one query for the page, one for the count (index agrement_status_end). */
@ApplicationScoped
class AgrementsEndingAdapter implements AgrementsEndingPort {

    /** The statuses of a validated cluster whose renewal round is running. */
    private static final Set<String> RENEWAL_UNDER_WAY = Set.of("SUBMITTED", "UNDER_EVALUATION", "OPINION_RECEIVED",
            "RETURNED_FOR_COMPLETION");

    private final EntityManager em;

    AgrementsEndingAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AgrementEnding> activeAgrementsEnding(LocalDate from, LocalDate to, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.name, d.acronym, d.scheme, d.status, a.id, a.period_number, a.start_date, a.end_date
                from agrement a join dossier d on d.id = a.dossier_id
                where a.status = 'ACTIVE' and a.end_date between ?1 and ?2
                order by a.end_date, d.id, a.period_number limit ?3 offset ?4""")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).setParameter(3, size)
                .setParameter(4, (long) page * size).getResultList();
        return rows.stream().map(r -> {
            LocalDate end = date(r[8]);
            String status = (String) r[4];
            return new AgrementEnding((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], status, (UUID) r[5],
                    ((Number) r[6]).intValue(), date(r[7]), end, ChronoUnit.DAYS.between(from, end), RENEWAL_UNDER_WAY.contains(status));
        }).toList();
    }

    @Override
    public long countActiveAgrementsEnding(LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("select count(*) from agrement where status = 'ACTIVE' and end_date between ?1 and ?2")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getSingleResult()).longValue();
    }
}
