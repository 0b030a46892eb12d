package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.OrganisationId;

public class OrganisationNotFoundException extends RuntimeException {

    private final OrganisationId id;

    public OrganisationNotFoundException(OrganisationId id) {
        super("no organisation " + id);
        this.id = id;
    }

    public OrganisationId id() {
        return id;
    }
}
