package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.OrganisationId;

/** The requester may not change this organisation: an applicant changes only their own. */
public class OrganisationAccessDeniedException extends RuntimeException {

    private final OrganisationId id;

    public OrganisationAccessDeniedException(OrganisationId id) {
        super("the requester may not change organisation " + id);
        this.id = id;
    }

    public OrganisationId id() {
        return id;
    }
}
