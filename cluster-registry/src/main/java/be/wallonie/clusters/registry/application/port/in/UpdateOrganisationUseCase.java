package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.Organisation;

public interface UpdateOrganisationUseCase {

    /**
     * @throws OrganisationNotFoundException          when there is no such organisation
     * @throws OrganisationAccessDeniedException      when the requester may not change it
     * @throws StaleOrganisationException             when it changed since the expected version
     * @throws OrganisationAlreadyRegisteredException when the new enterprise number belongs to another organisation
     */
    Organisation updateOrganisation(UpdateOrganisationCommand command);
}
