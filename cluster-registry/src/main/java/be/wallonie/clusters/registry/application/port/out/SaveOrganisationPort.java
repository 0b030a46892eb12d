package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.organisation.Organisation;

public interface SaveOrganisationPort {

    /** Stores the organisation (new or changed); returns the stored state with its new version. */
    Organisation saveOrganisation(Organisation organisation);
}
