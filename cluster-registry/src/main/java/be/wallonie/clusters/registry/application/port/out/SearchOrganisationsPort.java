package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.OrganisationPage;
import be.wallonie.clusters.registry.application.port.in.OrganisationSearchCriteria;

public interface SearchOrganisationsPort {

    /** The page of matching organisations, sorted by name (case-insensitive) then id. */
    OrganisationPage searchOrganisations(OrganisationSearchCriteria criteria);
}
