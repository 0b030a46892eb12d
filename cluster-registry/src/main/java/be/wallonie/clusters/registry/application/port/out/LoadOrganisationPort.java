package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.OrganisationNotFoundException;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import java.util.Optional;

public interface LoadOrganisationPort {

    Optional<Organisation> loadOrganisation(OrganisationId id);

    /** The organisation, or {@link OrganisationNotFoundException}. */
    default Organisation existingOrganisation(OrganisationId id) {
        return loadOrganisation(id).orElseThrow(() -> new OrganisationNotFoundException(id));
    }

    /** The organisation registered with that enterprise number, if any. */
    Optional<OrganisationId> findOrganisationId(EnterpriseNumber enterpriseNumber);
}
