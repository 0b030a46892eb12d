package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.DossierPage;
import be.wallonie.clusters.registry.application.port.in.DossierSearchCriteria;

public interface SearchDossiersPort {

    DossierPage searchDossiers(DossierSearchCriteria criteria);
}
