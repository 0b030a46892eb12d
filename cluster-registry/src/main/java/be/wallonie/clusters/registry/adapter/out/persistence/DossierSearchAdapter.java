package be.wallonie.clusters.registry.adapter.out.persistence;

import be.wallonie.clusters.registry.application.port.in.DossierPage;
import be.wallonie.clusters.registry.application.port.in.DossierSearchCriteria;
import be.wallonie.clusters.registry.application.port.out.SearchDossiersPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier list: filters combined with AND, sorted by name (case-insensitive) then id; two statements whatever the
 * page's size: the count, then the page's dossiers themselves (native SQL, read-only: no HQL to translate per request, no
 * snapshot kept for dirty checking); none for the page when the count says it is past the end. An applicant's restriction is a jsonb containment on the members (GIN index, V7).
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
        var page = em.createNativeQuery("select * from dossier" + filter + " order by lower(name), id", DossierEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        if (total <= (long) c.page() * c.size()) {
            return new DossierPage(List.of(), c.page(), c.size(), total);
        }
        List<DossierEntity> found = page.setFirstResult(c.page() * c.size()).setMaxResults(c.size()).getResultList();
        return new DossierPage(found.stream().map(documents::toDomain).toList(), c.page(), c.size(), total);
    }
}
