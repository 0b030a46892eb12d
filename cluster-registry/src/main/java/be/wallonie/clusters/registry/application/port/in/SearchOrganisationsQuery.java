package be.wallonie.clusters.registry.application.port.in;

public interface SearchOrganisationsQuery {

    OrganisationPage searchOrganisations(OrganisationSearchCriteria criteria);
}
