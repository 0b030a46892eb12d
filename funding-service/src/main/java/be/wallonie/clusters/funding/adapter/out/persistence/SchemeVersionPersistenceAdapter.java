package be.wallonie.clusters.funding.adapter.out.persistence;

import be.wallonie.clusters.funding.application.port.out.LoadPolicyBookPort;
import be.wallonie.clusters.funding.application.port.out.SaveSchemeVersionPort;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/** The published scheme versions, read into the domain's policy book. */
@ApplicationScoped
class SchemeVersionPersistenceAdapter implements LoadPolicyBookPort, SaveSchemeVersionPort {

    private final EntityManager em;

    SchemeVersionPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public PolicyBook loadPolicyBook() {
        return PolicyBook.of(loadPublishedVersions().stream().map(PublishedSchemeVersion::version).toList());
    }

    @Override
    public List<PublishedSchemeVersion> loadPublishedVersions() {
        return em.createQuery("from SchemeVersionEntity e order by e.scheme, e.effectiveFrom", SchemeVersionEntity.class)
                .getResultList().stream().map(SchemeVersionMapper::toDomain).toList();
    }

    @Override
    public PolicyBook loadPolicyBookForPublication(SchemeCode scheme) {
        // Locks the scheme's rows (select … for update): a concurrent publication of the same scheme waits, then sees ours.
        em.createQuery("from SchemeVersionEntity e where e.scheme = :scheme", SchemeVersionEntity.class)
                .setParameter("scheme", scheme.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return loadPolicyBook();
    }

    @Override
    public void saveSchemeVersion(PublishedSchemeVersion version) {
        em.persist(SchemeVersionMapper.toEntity(version));
        // Fail here, inside the use case, when the unique constraints catch a concurrent publication.
        em.flush();
    }
}
