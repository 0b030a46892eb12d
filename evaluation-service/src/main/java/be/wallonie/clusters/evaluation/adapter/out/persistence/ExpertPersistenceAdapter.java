package be.wallonie.clusters.evaluation.adapter.out.persistence;

import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.instant;
import static be.wallonie.clusters.evaluation.adapter.out.persistence.ComiteDocuments.number;

import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertSearch;
import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.out.ExpertsPort;
import be.wallonie.clusters.evaluation.application.port.out.InterestDeclarationsPort;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import be.wallonie.clusters.evaluation.domain.expert.InterestDeclaration;
import be.wallonie.clusters.evaluation.domain.expert.InterestEnding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Experts and their declarations in PostgreSQL (plain SQL: jsonb lists, keyset-friendly sort by name then id). */
@ApplicationScoped
class ExpertPersistenceAdapter implements ExpertsPort, InterestDeclarationsPort {

    private static final String COLUMNS = "id, version, user_id, name, country, domains::text, regional_development_specialist, "
            + "public_authority_staff, affiliations::text, registered_at";

    private final EntityManager em;

    ExpertPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Expert> loadExpert(UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from expert where id = :id").setParameter("id", id)).stream().findFirst();
    }

    @Override
    public Optional<Expert> loadExpertOfUser(String userId) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from expert where user_id = :u").setParameter("u", userId))
                .stream().findFirst();
    }

    @Override
    public List<Expert> loadExperts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("select " + COLUMNS + " from expert where id in (:ids)").setParameter("ids", ids));
    }

    @Override
    public List<Expert> loadAllExperts() {
        return rows(em.createNativeQuery("select " + COLUMNS + " from expert order by lower(name), id"));
    }

    @Override
    public SearchResult searchExperts(ExpertSearch s) {
        StringBuilder where = new StringBuilder(" where true");
        if (s.domain() != null) {
            where.append(" and exists (select 1 from jsonb_array_elements_text(domains) d where lower(d) = lower(:domain))");
        }
        if (s.country() != null) {
            where.append(" and country = :country");
        }
        if (s.regionalDevelopmentSpecialist() != null) {
            where.append(" and regional_development_specialist = :specialist");
        }
        Query page = em.createNativeQuery("select " + COLUMNS + " from expert" + where + " order by lower(name), id limit :limit offset :offset")
                .setParameter("limit", s.size()).setParameter("offset", (long) s.page() * s.size());
        Query count = em.createNativeQuery("select count(*) from expert" + where);
        for (Query q : List.of(page, count)) {
            if (s.domain() != null) {
                q.setParameter("domain", s.domain().strip());
            }
            if (s.country() != null) {
                q.setParameter("country", s.country());
            }
            if (s.regionalDevelopmentSpecialist() != null) {
                q.setParameter("specialist", s.regionalDevelopmentSpecialist());
            }
        }
        return new SearchResult(rows(page), number(count.getSingleResult()));
    }

    @Override
    public void insertExpert(Expert e) {
        em.createNativeQuery("""
                insert into expert (id, version, user_id, name, country, domains, regional_development_specialist, public_authority_staff,
                                    affiliations, registered_at)
                values (:id, 0, :user, :name, :country, cast(:domains as jsonb), :specialist, :staff, cast(:affiliations as jsonb), :at)""")
                .setParameter("id", e.id()).setParameter("user", e.userId()).setParameter("name", e.name())
                .setParameter("country", e.country()).setParameter("domains", ComiteDocuments.write(e.domains().stream().sorted().toList()))
                .setParameter("specialist", e.regionalDevelopmentSpecialist()).setParameter("staff", e.publicAuthorityStaff())
                .setParameter("affiliations", ComiteDocuments.affiliations(e.affiliations())).setParameter("at", e.registeredAt())
                .executeUpdate();
    }

    @Override
    public Expert updateExpert(Expert e, long expectedVersion) {
        int updated = em.createNativeQuery("""
                update expert set version = version + 1, user_id = :user, name = :name, country = :country, domains = cast(:domains as jsonb),
                       regional_development_specialist = :specialist, public_authority_staff = :staff,
                       affiliations = cast(:affiliations as jsonb)
                where id = :id and version = :expected""")
                .setParameter("id", e.id()).setParameter("user", e.userId()).setParameter("name", e.name())
                .setParameter("country", e.country()).setParameter("domains", ComiteDocuments.write(e.domains().stream().sorted().toList()))
                .setParameter("specialist", e.regionalDevelopmentSpecialist()).setParameter("staff", e.publicAuthorityStaff())
                .setParameter("affiliations", ComiteDocuments.affiliations(e.affiliations())).setParameter("expected", expectedVersion)
                .executeUpdate();
        Expert stored = loadExpert(e.id()).orElseThrow();
        if (updated == 0) {
            throw Refusal.stale("L'expert / The expert", expectedVersion, stored.version());
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private static List<Expert> rows(Query q) {
        return ((List<Object[]>) q.getResultList()).stream().map(ExpertPersistenceAdapter::expert).toList();
    }

    private static Expert expert(Object[] r) {
        return new Expert((UUID) r[0], (String) r[2], (String) r[3], (String) r[4], Set.copyOf(ComiteDocuments.strings((String) r[5])),
                (Boolean) r[6], (Boolean) r[7], ComiteDocuments.affiliations((String) r[8]), instant(r[9]), number(r[1]));
    }

    @Override
    public void appendDeclaration(InterestDeclaration d) {
        em.createNativeQuery("""
                insert into interest_declaration (id, expert_id, signed_by, signed_at, statement, interests)
                values (:id, :expert, :by, :at, :statement, cast(:interests as jsonb))""")
                .setParameter("id", d.id()).setParameter("expert", d.expertId()).setParameter("by", d.signedBy())
                .setParameter("at", d.signedAt()).setParameter("statement", d.statement())
                .setParameter("interests", ComiteDocuments.interests(d.interests())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<InterestDeclaration> declarationsOf(UUID expertId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, expert_id, signed_by, signed_at, statement, interests::text from interest_declaration
                where expert_id = :e order by signed_at desc, id""").setParameter("e", expertId).getResultList();
        return rows.stream().map(ExpertPersistenceAdapter::declaration).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, List<InterestDeclaration>> allDeclarations(Collection<UUID> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select id, expert_id, signed_by, signed_at, statement, interests::text from interest_declaration
                where expert_id in (:ids) order by expert_id, signed_at, id""")
                .setParameter("ids", new HashSet<>(expertIds)).getResultList();
        Map<UUID, List<InterestDeclaration>> all = new LinkedHashMap<>();
        rows.stream().map(ExpertPersistenceAdapter::declaration)
                .forEach(d -> all.computeIfAbsent(d.expertId(), k -> new java.util.ArrayList<>()).add(d));
        return all;
    }

    @Override
    public void appendEnding(InterestEnding e) {
        em.createNativeQuery("""
                insert into interest_ending (id, expert_id, organisation_key, organisation_name, ended_on, recorded_at, recorded_by, reason)
                values (:id, :expert, :key, :name, :on, :at, :by, :reason)""")
                .setParameter("id", e.id()).setParameter("expert", e.expertId()).setParameter("key", e.organisationKey())
                .setParameter("name", e.organisationName()).setParameter("on", e.endedOn()).setParameter("at", e.recordedAt())
                .setParameter("by", e.recordedBy()).setParameter("reason", e.reason()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, List<InterestEnding>> endingsOf(Collection<UUID> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select id, expert_id, organisation_key, organisation_name, ended_on, recorded_at, recorded_by, reason from interest_ending
                where expert_id in (:ids) order by expert_id, recorded_at, id""")
                .setParameter("ids", new HashSet<>(expertIds)).getResultList();
        Map<UUID, List<InterestEnding>> all = new LinkedHashMap<>();
        for (Object[] r : rows) {
            InterestEnding e = new InterestEnding((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], localDate(r[4]), instant(r[5]),
                    (String) r[6], (String) r[7]);
            all.computeIfAbsent(e.expertId(), k -> new java.util.ArrayList<>()).add(e);
        }
        return all;
    }

    private static java.time.LocalDate localDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }

    private static InterestDeclaration declaration(Object[] r) {
        return new InterestDeclaration((UUID) r[0], (UUID) r[1], (String) r[2], instant(r[3]), (String) r[4],
                ComiteDocuments.interests((String) r[5]));
    }
}
