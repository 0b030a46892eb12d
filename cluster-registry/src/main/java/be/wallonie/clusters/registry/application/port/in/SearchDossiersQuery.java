package be.wallonie.clusters.registry.application.port.in;

/** The dossiers the caller may see, filtered and paginated. */
public interface SearchDossiersQuery {

    DossierPage searchDossiers(DossierSearchCriteria criteria, Caller caller);
}
