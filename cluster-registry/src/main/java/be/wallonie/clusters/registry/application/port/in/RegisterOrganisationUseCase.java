package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.Organisation;

public interface RegisterOrganisationUseCase {

    /**
     * @throws OrganisationAlreadyRegisteredException when another organisation has the enterprise number
     */
    Organisation registerOrganisation(RegisterOrganisationCommand command);
}
