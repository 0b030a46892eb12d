package be.wallonie.clusters.funding.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.application.port.out.LoadPolicyBookPort;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** The V2 migration seeds exactly the documented defaults (DefaultPolicy), and published versions cannot be changed. */
@QuarkusTest
class SeededPolicyBookTest {

    @Inject
    LoadPolicyBookPort policy;

    @Inject
    EntityManager em;

    @Test
    void the_seeded_versions_are_the_documented_defaults() {
        PolicyBook book = policy.loadPolicyBook();
        for (SchemeCode scheme : SchemeCode.values()) {
            assertThat(book.version(scheme, DefaultPolicy.LABEL)).contains(DefaultPolicy.version(scheme));
        }
        assertThat(policy.loadPublishedVersions()).filteredOn(v -> v.label().equals(DefaultPolicy.LABEL))
                .hasSize(4)
                .allSatisfy(v -> {
                    assertThat(v.publishedBy()).isEqualTo("flyway:V2__funding_scheme_version");
                    assertThat(v.source()).isNotBlank();
                })
                .extracting(PublishedSchemeVersion::scheme).containsExactlyInAnyOrder(SchemeCode.values());
    }

    @Test
    void a_published_version_is_never_updated_nor_deleted() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update funding_scheme_version set yearly_cap = 1 where label = 'defaults-1'").executeUpdate()))
                .hasStackTraceContaining("insert-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from funding_scheme_version where label = 'defaults-1'").executeUpdate()))
                .hasStackTraceContaining("insert-only");
        assertThat(policy.loadPolicyBook().version(SchemeCode.CLUSTER_ANIMATOR, DefaultPolicy.LABEL))
                .contains(DefaultPolicy.version(SchemeCode.CLUSTER_ANIMATOR));
    }

    @Test
    void the_database_refuses_a_version_of_the_wrong_shape() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into funding_scheme_version (scheme, label, effective_from, yearly_cap, rate, max_months, published_by,
                                                    published_at)
                values ('CLUSTER_ANIMATOR', 'wrong-shape', date '2199-01-01', 1, 0.5, 12, 'test', now())""").executeUpdate()))
                .isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("funding_scheme_version_shape");
    }
}
