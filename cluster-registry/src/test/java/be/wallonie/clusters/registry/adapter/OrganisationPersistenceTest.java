package be.wallonie.clusters.registry.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.registry.application.port.in.OrganisationForm;
import be.wallonie.clusters.registry.application.port.in.OrganisationPage;
import be.wallonie.clusters.registry.application.port.in.OrganisationSearchCriteria;
import be.wallonie.clusters.registry.application.port.in.RegisterOrganisationCommand;
import be.wallonie.clusters.registry.application.port.in.RegisterOrganisationUseCase;
import be.wallonie.clusters.registry.application.port.in.SearchOrganisationsQuery;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** What the benchmarks rely on: a page costs a fixed number of statements, and the search columns are indexed. */
@QuarkusTest
class OrganisationPersistenceTest {

    @Inject
    RegisterOrganisationUseCase register;

    @Inject
    SearchOrganisationsQuery search;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void a_page_of_organisations_costs_four_statements_whatever_its_size() {
        String prefix = "ZzPage-" + UUID.randomUUID().toString().substring(0, 8) + " ";
        for (int i = 0; i < 30; i++) {
            register.registerOrganisation(RegisterOrganisationCommand.of(new OrganisationForm(prefix + i,
                    OrganisationApiTest.newEnterpriseNumber(), OrganisationKind.ENTERPRISE, SizeClass.MICRO, i,
                    List.of("62.010", "70.220"),
                    List.of(new OrganisationForm.EstablishmentForm("Rue A 1", "1000", "Bruxelles", "BE", true, null),
                            new OrganisationForm.EstablishmentForm("Rue B 2", "5000", "Namur", "BE", false, null)),
                    null, null), "test"));
        }
        Statistics stats = sessionFactory.getStatistics();
        for (int size : new int[] {5, 25}) {
            stats.clear();
            OrganisationPage page = search.searchOrganisations(
                    new OrganisationSearchCriteria(prefix, null, null, null, null, null, 0, size));
            assertThat(page.items()).hasSize(size);
            assertThat(page.totalItems()).isEqualTo(30);
            assertThat(page.items()).allSatisfy(o -> {
                assertThat(o.profile().establishments()).hasSize(2);
                assertThat(o.profile().naceCodes()).hasSize(2);
            });
            // count, page of ids, establishments of the page, NACE codes of the page
            assertThat(stats.getPrepareStatementCount()).as("statements for a page of " + size).isEqualTo(4);
        }
    }

    @Test
    void the_search_columns_are_indexed() {
        @SuppressWarnings("unchecked")
        List<String> indexes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select indexname from pg_indexes where tablename = 'organisation'").getResultList());
        assertThat(indexes).contains("organisation_enterprise_number", "organisation_sort", "organisation_kind",
                "organisation_region", "organisation_size_class", "organisation_corporate_group");
        // pg_trgm ships with PostgreSQL (and the embedded test server): "name contains" uses a trigram index
        assertThat(indexes).contains("organisation_name_trgm");
    }
}
