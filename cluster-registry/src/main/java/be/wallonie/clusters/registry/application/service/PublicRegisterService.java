package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery;
import be.wallonie.clusters.registry.application.port.out.LoadRecognisedClustersPort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PublicRegisterService implements ListRecognisedClustersQuery {

    private final LoadRecognisedClustersPort load;

    public PublicRegisterService(LoadRecognisedClustersPort load) {
        this.load = load;
    }

    @Override
    public Page recognisedClusters(Criteria criteria, int page, int size) {
        return load.recognisedClusters(criteria, page, size);
    }
}
