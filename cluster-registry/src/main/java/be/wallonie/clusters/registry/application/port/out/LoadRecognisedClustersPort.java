package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery;

public interface LoadRecognisedClustersPort {

    ListRecognisedClustersQuery.Page recognisedClusters(ListRecognisedClustersQuery.Criteria criteria, int page, int size);
}
