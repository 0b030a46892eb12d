package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;

import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.Criteria;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.ListedMember;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.Page;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.RecognisedCluster;
import be.wallonie.clusters.registry.application.port.out.LoadRecognisedClustersPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Clusters with an agrément in force, with their flagship label; ordered by name. Only a validation grants an agrément,
 * and a cluster under renewal (back in evaluation) or whose renewal was refused stays recognised until its agrément ends.
 * The period shown is the one covering today (after a renewal the next one starts later), else the next to start. The
 * members are those of the membership ledger on the day (today, or the period's first day when it starts later): their
 * count, and those who agreed to be listed (name, kind, city and postal code of the registered office — nothing else),
 * read for a whole page in one statement. Website and contact e-mail are the content's governance part as stated now; the
 * animateur's name is the post's.
 */
@ApplicationScoped
class PublicRegisterAdapter implements LoadRecognisedClustersPort {

    private static final String FROM = """
            from dossier d
            join lateral (select period_number, start_date, end_date from agrement a
                          where a.dossier_id = d.id and a.status <> 'EXPIRED' and a.end_date >= :today
                          order by (a.start_date <= :today) desc, a.start_date limit 1) a on true
            left join dossier_label l on l.dossier_id = d.id
            left join dossier_animator_post ap on ap.dossier_id = d.id
            where true""";

    private static final String COLUMNS = """
            select d.id, d.name, d.acronym, d.scheme, d.focus_kind, d.focus_domain, a.period_number, a.start_date, a.end_date,
                   coalesce(l.flagship, false),
                   (select count(*) from membership_period p where p.dossier_id = d.id
                       and p.joined_on <= greatest(:today, a.start_date)
                       and (p.left_on is null or p.left_on > greatest(:today, a.start_date))),
                   d.focus_description, d.content -> 'governance' ->> 'website', d.content -> 'governance' ->> 'contactEmail',
                   ap.animator_name,
                   case when l.flagship then cast(extract(year from l.set_at at time zone 'Europe/Brussels') as integer) end
            """;

    private final EntityManager em;

    PublicRegisterAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public long registerVersion() {
        return ((Number) em.createNativeQuery("select version from public_register_version where id = 1").getSingleResult())
                .longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page recognisedClusters(Criteria c, LocalDate today, int page, int size) {
        String where = FROM + filters(c);
        long total = ((Number) bind(em.createNativeQuery("select count(*) " + where), c, today).getSingleResult()).longValue();
        List<Object[]> rows = bind(em.createNativeQuery(COLUMNS + where + " order by lower(d.name), d.id limit :size offset :offset"),
                c, today).setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        return new Page(withListedMembers(rows, today), page, size, total);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<RecognisedCluster> recognisedCluster(UUID dossierId, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + FROM + " and d.id = :id").setParameter("today", today)
                .setParameter("id", dossierId).getResultList();
        return withListedMembers(rows, today).stream().findFirst();
    }

    /** The rows as clusters, each with its listed members on its day (one statement for the page). */
    @SuppressWarnings("unchecked")
    private List<RecognisedCluster> withListedMembers(List<Object[]> rows, LocalDate today) {
        Map<UUID, List<ListedMember>> listed = new HashMap<>();
        if (!rows.isEmpty()) {
            Map<UUID, LocalDate> dayOf = new HashMap<>();
            rows.forEach(r -> dayOf.put((UUID) r[0], later(today, date(r[7]))));
            List<Object[]> members = em.createNativeQuery("""
                    select p.dossier_id, p.joined_on, p.left_on, o.name, o.kind, e.city, e.postal_code
                      from membership_period p
                      join organisation o on o.id = p.organisation_id
                      left join establishment e on e.organisation_id = o.id and e.registered_office
                     where p.listed and p.dossier_id in (:ids)
                     order by lower(o.name), o.id""").setParameter("ids", dayOf.keySet()).getResultList();
            for (Object[] m : members) {
                LocalDate day = dayOf.get((UUID) m[0]);
                if (!date(m[1]).isAfter(day) && (m[2] == null || date(m[2]).isAfter(day))) {
                    listed.computeIfAbsent((UUID) m[0], k -> new ArrayList<>())
                            .add(new ListedMember((String) m[3], (String) m[4], (String) m[5], (String) m[6]));
                }
            }
        }
        return rows.stream().map(r -> new RecognisedCluster((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], ((Number) r[6]).intValue(), date(r[7]), date(r[8]), (Boolean) r[9], ((Number) r[10]).intValue(),
                (String) r[11], (String) r[12], (String) r[13], (String) r[14], r[15] == null ? null : ((Number) r[15]).intValue(),
                listed.getOrDefault((UUID) r[0], List.of()))).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
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
