package be.wallonie.clusters.registry.application.port.out;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery;

public interface LoadRecognisedClustersPort {

    /** The register's version: incremented by every transaction that changes what the register shows (V27). */
    long registerVersion();

    /** Clusters with an agrément in force on {@code today} or granted to start later, with the period covering today first. */
    ListRecognisedClustersQuery.Page recognisedClusters(ListRecognisedClustersQuery.Criteria criteria, LocalDate today, int page,
            int size);

    /** The same for one cluster; empty when it is not in the register. */
    Optional<ListRecognisedClustersQuery.RecognisedCluster> recognisedCluster(UUID dossierId, LocalDate today);
}
