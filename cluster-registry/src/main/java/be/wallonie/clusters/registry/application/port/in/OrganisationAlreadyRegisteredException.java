package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;

/** Another organisation already carries this enterprise number. */
public class OrganisationAlreadyRegisteredException extends RuntimeException {

    private final EnterpriseNumber enterpriseNumber;
    private final OrganisationId existing;

    public OrganisationAlreadyRegisteredException(EnterpriseNumber enterpriseNumber, OrganisationId existing) {
        super("enterprise number " + enterpriseNumber + " is already registered as organisation " + existing);
        this.enterpriseNumber = enterpriseNumber;
        this.existing = existing;
    }

    public EnterpriseNumber enterpriseNumber() {
        return enterpriseNumber;
    }

    public OrganisationId existing() {
        return existing;
    }
}
