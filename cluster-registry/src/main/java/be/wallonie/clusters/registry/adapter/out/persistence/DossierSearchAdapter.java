package be.wallonie.clusters.registry.adapter.out.persistence;

import be.wallonie.clusters.registry.application.port.in.DossierPage;
import be.wallonie.clusters.registry.application.port.in.DossierSearchCriteria;
import be.wallonie.clusters.registry.application.port.out.SearchDossiersPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier list: filters combined with AND, sorted by name (case-insensitive) then id, one query for the page
 * and one for the count. An applicant's restriction is a jsonb containment on the members (GIN index, V7).
 */
@ApplicationScoped
class DossierSearchAdapter implements SearchDossiersPort {

    private final EntityManager em;
    private final DossierDocuments documents;

    DossierSearchAdapter(EntityManager em, DossierDocuments documents) {
        this.em = em;
        this.documents = documents;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DossierPage searchDossiers(DossierSearchCriteria c) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (c.status() != null) {
            where.add("status = :status");
            params.put("status", c.status().name());
        }
        if (c.scheme() != null) {
            where.add("scheme = :scheme");
            params.put("scheme", c.scheme().name());
        }
        if (c.text() != null) {
            where.add("(lower(name) like :text escape '\\' or lower(coalesce(acronym, '')) like :text escape '\\')");
            params.put("text", "%" + c.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (c.actingOrganisation() != null) {
            // a core-group member, or the employer of the dossier's animateur post
            where.add("((content -> 'members') @> cast(:member as jsonb) or id in (select p.dossier_id from dossier_animator_post p "
                    + "where p.employer_organisation_id = :acting))");
            params.put("member", "[{\"organisationId\":\"" + c.actingOrganisation() + "\",\"role\":\"CORE_GROUP\"}]");
            params.put("acting", c.actingOrganisation());
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var count = em.createNativeQuery("select count(*) from dossier" + filter);
        var ids = em.createNativeQuery("select id from dossier" + filter + " order by lower(name), id");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            ids.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object> pageIds = ids.setFirstResult(c.page() * c.size()).setMaxResults(c.size()).getResultList();
        if (pageIds.isEmpty()) {
            return new DossierPage(List.of(), c.page(), c.size(), total);
        }
        TypedQuery<DossierEntity> q = em.createQuery("from DossierEntity where id in :ids", DossierEntity.class)
                .setParameter("ids", pageIds);
        Map<Object, DossierEntity> byId = new HashMap<>();
        q.getResultList().forEach(e -> byId.put(e.id, e));
        return new DossierPage(pageIds.stream().map(byId::get).map(documents::toDomain).toList(), c.page(), c.size(), total);
    }
}
