package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.GetOrganisationQuery;
import be.wallonie.clusters.registry.application.port.in.OrganisationAccessDeniedException;
import be.wallonie.clusters.registry.application.port.in.OrganisationAlreadyRegisteredException;
import be.wallonie.clusters.registry.application.port.in.OrganisationPage;
import be.wallonie.clusters.registry.application.port.in.OrganisationSearchCriteria;
import be.wallonie.clusters.registry.application.port.in.RegisterOrganisationCommand;
import be.wallonie.clusters.registry.application.port.in.RegisterOrganisationUseCase;
import be.wallonie.clusters.registry.application.port.in.SearchOrganisationsQuery;
import be.wallonie.clusters.registry.application.port.in.StaleOrganisationException;
import be.wallonie.clusters.registry.application.port.in.UpdateOrganisationCommand;
import be.wallonie.clusters.registry.application.port.in.UpdateOrganisationUseCase;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.SaveOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.SearchOrganisationsPort;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Registering, updating, reading and searching organisations. */
@ApplicationScoped
public class OrganisationService implements RegisterOrganisationUseCase, UpdateOrganisationUseCase, GetOrganisationQuery,
        SearchOrganisationsQuery {

    private final LoadOrganisationPort load;
    private final SaveOrganisationPort save;
    private final SearchOrganisationsPort search;
    private final Clock clock;

    public OrganisationService(LoadOrganisationPort load, SaveOrganisationPort save, SearchOrganisationsPort search, Clock clock) {
        this.load = load;
        this.save = save;
        this.search = search;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Organisation registerOrganisation(RegisterOrganisationCommand c) {
        requireUnregistered(c.profile().enterpriseNumber(), null);
        return save.saveOrganisation(Organisation.register(c.profile(), c.requestedBy(), clock.instant()));
    }

    @Override
    @Transactional
    public Organisation updateOrganisation(UpdateOrganisationCommand c) {
        Organisation organisation = load.existingOrganisation(c.id());
        EnterpriseNumber current = organisation.profile().enterpriseNumber();
        EnterpriseNumber next = c.profile().enterpriseNumber();
        // An applicant changes only their own organisation, and cannot hand it another enterprise number.
        if (!c.requester().mayChange(current) || !c.requester().mayChange(next)) {
            throw new OrganisationAccessDeniedException(c.id());
        }
        if (c.expectedVersion() != organisation.version()) {
            throw new StaleOrganisationException(c.expectedVersion(), organisation.version());
        }
        requireUnregistered(next, c.id());
        organisation.update(c.profile(), clock.instant());
        return save.saveOrganisation(organisation);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (no begin/commit, no flush)
    public Optional<Organisation> getOrganisation(OrganisationId id) {
        return load.loadOrganisation(id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (no begin/commit, no flush)
    public OrganisationPage searchOrganisations(OrganisationSearchCriteria criteria) {
        return search.searchOrganisations(criteria);
    }

    private void requireUnregistered(EnterpriseNumber number, OrganisationId self) {
        if (number == null) {
            return;
        }
        load.findOrganisationId(number)
                .filter(existing -> !existing.equals(self))
                .ifPresent(existing -> {
                    throw new OrganisationAlreadyRegisteredException(number, existing);
                });
    }
}
