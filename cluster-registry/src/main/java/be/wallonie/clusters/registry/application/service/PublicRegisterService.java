package be.wallonie.clusters.registry.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.RecognisedCluster;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery;
import be.wallonie.clusters.registry.application.port.out.LoadRecognisedClustersPort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PublicRegisterService implements ListRecognisedClustersQuery {

    private final LoadRecognisedClustersPort load;
    private final Clock clock;

    public PublicRegisterService(LoadRecognisedClustersPort load, Clock clock) {
        this.load = load;
        this.clock = clock;
    }

    @Override
    public Edition edition() {
        return new Edition(load.registerVersion(), LocalDate.now(clock));
    }

    @Override
    public Page recognisedClusters(Criteria criteria, int page, int size) {
        return load.recognisedClusters(criteria, LocalDate.now(clock), page, size);
    }

    @Override
    public Optional<RecognisedCluster> recognisedCluster(UUID dossierId) {
        return load.recognisedCluster(dossierId, LocalDate.now(clock));
    }
}
