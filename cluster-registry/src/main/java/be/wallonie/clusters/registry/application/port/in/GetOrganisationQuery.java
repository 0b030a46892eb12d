package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import java.util.Optional;

public interface GetOrganisationQuery {

    Optional<Organisation> getOrganisation(OrganisationId id);
}
