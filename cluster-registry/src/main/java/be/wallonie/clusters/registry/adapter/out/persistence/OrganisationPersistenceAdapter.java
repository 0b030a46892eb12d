package be.wallonie.clusters.registry.adapter.out.persistence;

import be.wallonie.clusters.registry.application.port.in.OrganisationPage;
import be.wallonie.clusters.registry.application.port.in.OrganisationSearchCriteria;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.SaveOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.SearchOrganisationsPort;
import be.wallonie.clusters.registry.domain.organisation.CorporateGroup;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Establishment;
import be.wallonie.clusters.registry.domain.organisation.Location;
import be.wallonie.clusters.registry.domain.organisation.NaceCode;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Organisations in PostgreSQL. One organisation costs one statement (a named query, with both of its collections); a
 * page of a search costs four statements whatever its size: the count, the page of organisations, then their
 * establishments and their NACE codes for the whole page at once (no query per organisation).
 */
@ApplicationScoped
class OrganisationPersistenceAdapter implements LoadOrganisationPort, SaveOrganisationPort, SearchOrganisationsPort {

    private final EntityManager em;

    OrganisationPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Organisation> loadOrganisation(OrganisationId id) {
        return em.createNamedQuery(OrganisationEntity.BY_ID_WITH_COLLECTIONS, OrganisationEntity.class).setParameter("id", id.value())
                .getResultList().stream().findFirst().map(OrganisationPersistenceAdapter::toDomain);
    }

    @Override
    public List<Organisation> loadOrganisations(List<OrganisationId> ids) {
        return withCollections(ids.stream().map(OrganisationId::value).distinct().toList()).stream()
                .map(OrganisationPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<OrganisationId> findOrganisationId(EnterpriseNumber enterpriseNumber) {
        return em.createQuery("select o.id from OrganisationEntity o where o.enterpriseNumber = :n", UUID.class)
                .setParameter("n", enterpriseNumber.value())
                .getResultStream().findFirst().map(OrganisationId::new);
    }

    @Override
    public Organisation saveOrganisation(Organisation organisation) {
        OrganisationEntity e = em.find(OrganisationEntity.class, organisation.id().value());
        boolean isNew = e == null;
        if (isNew) {
            e = new OrganisationEntity();
            e.id = organisation.id().value();
            e.createdBy = organisation.createdBy();
            e.createdAt = organisation.createdAt();
        }
        OrganisationProfile p = organisation.profile();
        e.name = p.name();
        e.enterpriseNumber = p.enterpriseNumber() == null ? null : p.enterpriseNumber().value();
        e.kind = p.kind().name();
        e.sizeClass = p.sizeClass() == null ? null : p.sizeClass().name();
        e.employees = p.employees();
        e.corporateGroup = p.corporateGroup() == null ? null : p.corporateGroup().name();
        e.region = p.region().name();
        e.updatedAt = organisation.updatedAt();
        e.naceCodes.clear();
        for (NaceCode code : p.naceCodes()) {
            e.naceCodes.add(code.value());
        }
        e.establishments.clear();
        for (Establishment place : p.establishments()) {
            EstablishmentEmbeddable row = new EstablishmentEmbeddable();
            row.street = place.street();
            row.postalCode = place.location().postalCode();
            row.city = place.city();
            row.country = place.location().country();
            row.region = place.region().name();
            row.registeredOffice = place.registeredOffice();
            e.establishments.add(row);
        }
        if (isNew) {
            em.persist(e);
        }
        em.flush();
        return toDomain(e);
    }

    @Override
    public OrganisationPage searchOrganisations(OrganisationSearchCriteria c) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.nameContains() != null) {
            where.append(" and lower(o.name) like :name escape '\\'");
            params.put("name", "%" + escapeLike(c.nameContains().toLowerCase(Locale.ROOT)) + "%");
        }
        if (c.enterpriseNumber() != null) {
            where.append(" and o.enterpriseNumber = :number");
            params.put("number", c.enterpriseNumber().value());
        }
        if (c.kind() != null) {
            where.append(" and o.kind = :kind");
            params.put("kind", c.kind().name());
        }
        if (c.region() != null) {
            where.append(" and o.region = :region");
            params.put("region", c.region().name());
        }
        if (c.sizeClass() != null) {
            where.append(" and o.sizeClass = :sizeClass");
            params.put("sizeClass", c.sizeClass().name());
        }
        if (c.corporateGroup() != null) {
            where.append(" and lower(o.corporateGroup) = :group");
            params.put("group", new CorporateGroup(c.corporateGroup()).key());
        }
        TypedQuery<Long> count = em.createQuery("select count(o) from OrganisationEntity o" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();

        List<Organisation> items = List.of();
        if (total > c.offset()) {
            TypedQuery<UUID> page = em.createQuery(
                    "select o.id from OrganisationEntity o" + where + " order by lower(o.name), o.id", UUID.class);
            params.forEach(page::setParameter);
            List<UUID> ids = page.setFirstResult((int) Math.min(c.offset(), Integer.MAX_VALUE)).setMaxResults(c.size())
                    .getResultList();
            items = withCollections(ids).stream().map(OrganisationPersistenceAdapter::toDomain).toList();
        }
        return new OrganisationPage(items, c.page(), c.size(), total);
    }

    /** The organisations with those ids, in that order, establishments and NACE codes loaded in two statements. */
    private List<OrganisationEntity> withCollections(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OrganisationEntity> loaded = em.createQuery(
                "select o from OrganisationEntity o left join fetch o.establishments where o.id in :ids",
                OrganisationEntity.class).setParameter("ids", ids).getResultList();
        if (loaded.isEmpty()) {
            return List.of();
        }
        // same persistence context: this initialises the NACE codes of the entities just loaded
        em.createQuery("select o from OrganisationEntity o left join fetch o.naceCodes where o.id in :ids",
                OrganisationEntity.class).setParameter("ids", ids).getResultList();
        Map<UUID, OrganisationEntity> byId = new HashMap<>();
        loaded.forEach(o -> byId.put(o.id, o));
        List<OrganisationEntity> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            OrganisationEntity o = byId.get(id);
            if (o != null) {
                ordered.add(o);
            }
        }
        return ordered;
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Organisation toDomain(OrganisationEntity e) {
        List<Establishment> places = e.establishments.stream()
                .map(r -> new Establishment(r.street, new Location(r.postalCode, r.country), r.city, r.registeredOffice))
                .toList();
        OrganisationProfile profile = new OrganisationProfile(
                e.name,
                e.enterpriseNumber == null ? null : EnterpriseNumber.parse(e.enterpriseNumber),
                OrganisationKind.valueOf(e.kind),
                e.sizeClass == null ? null : SizeClass.valueOf(e.sizeClass),
                e.employees,
                e.naceCodes.stream().map(NaceCode::new).toList(),
                places,
                e.corporateGroup == null ? null : new CorporateGroup(e.corporateGroup));
        return Organisation.restore(new OrganisationId(e.id), profile, e.version, e.createdBy, e.createdAt, e.updatedAt);
    }
}
