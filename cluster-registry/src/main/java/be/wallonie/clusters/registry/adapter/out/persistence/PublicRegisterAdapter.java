package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;

import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.Criteria;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.Page;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.RecognisedCluster;
import be.wallonie.clusters.registry.application.port.out.LoadRecognisedClustersPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Clusters with an agrément in force, with their flagship label; ordered by name. Only a validation grants an agrément,
 * and a cluster under renewal (back in evaluation) or whose renewal was refused stays recognised until its agrément ends.
 * The period shown is the one covering today (after a renewal the next one starts later), else the next to start; the
 * member count is that of the snapshot the agrément was granted on.
 */
@ApplicationScoped
class PublicRegisterAdapter implements LoadRecognisedClustersPort {

    private static final String FROM = """
            from dossier d
            join lateral (select period_number, start_date, end_date, decision_id from agrement a
                          where a.dossier_id = d.id and a.status <> 'EXPIRED' and a.end_date >= :today
                          order by (a.start_date <= :today) desc, a.start_date limit 1) a on true
            left join dossier_decision dd on dd.id = a.decision_id
            left join dossier_snapshot s on s.dossier_id = d.id and s.snapshot_version = dd.snapshot_version
            left join dossier_label l on l.dossier_id = d.id
            where true""";

    private final EntityManager em;

    PublicRegisterAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page recognisedClusters(Criteria c, LocalDate today, int page, int size) {
        String where = FROM + filters(c);
        long total = ((Number) bind(em.createNativeQuery("select count(*) " + where), c, today).getSingleResult()).longValue();
        List<Object[]> rows = bind(em.createNativeQuery("""
                select d.id, d.name, d.acronym, d.scheme, d.focus_kind, d.focus_domain, a.period_number, a.start_date, a.end_date,
                       coalesce(l.flagship, false), coalesce(jsonb_array_length(s.snapshot -> 'organisations'), 0) """
                + where + " order by lower(d.name), d.id limit :size offset :offset"), c, today)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        List<RecognisedCluster> items = rows.stream().map(r -> new RecognisedCluster((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), date(r[7]), date(r[8]), (Boolean) r[9],
                ((Number) r[10]).intValue()))
                .toList();
        return new Page(items, page, size, total);
    }

    /** Only the criteria given become conditions, each bound as a named parameter. */
    private static String filters(Criteria c) {
        StringBuilder sql = new StringBuilder();
        if (c.scheme() != null) {
            sql.append(" and d.scheme = :scheme");
        }
        if (c.focusKind() != null) {
            sql.append(" and d.focus_kind = :focusKind");
        }
        if (c.flagship() != null) {
            sql.append(" and coalesce(l.flagship, false) = :flagship");
        }
        if (text(c) != null) {
            sql.append(" and (d.name ilike :text or d.acronym ilike :text)");
        }
        return sql.toString();
    }

    private static String text(Criteria c) {
        return c.text() == null || c.text().isBlank() ? null
                : "%" + c.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Query bind(Query q, Criteria c, LocalDate today) {
        q.setParameter("today", today);
        if (c.scheme() != null) {
            q.setParameter("scheme", c.scheme());
        }
        if (c.focusKind() != null) {
            q.setParameter("focusKind", c.focusKind());
        }
        if (c.flagship() != null) {
            q.setParameter("flagship", c.flagship());
        }
        if (text(c) != null) {
            q.setParameter("text", text(c));
        }
        return q;
    }
}
