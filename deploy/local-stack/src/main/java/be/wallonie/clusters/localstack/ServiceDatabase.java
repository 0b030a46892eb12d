package be.wallonie.clusters.localstack;

import java.util.List;

/**
 * The database and login role of one service. Each service owns its database; the other services'
 * roles may not even connect to it.
 */
public record ServiceDatabase(String service, String database, String role, String password) {

    public static final ServiceDatabase REGISTRY =
            new ServiceDatabase("cluster-registry", "cluster_registry", "cluster_registry", "cluster_registry_dev");
    public static final ServiceDatabase EVALUATION =
            new ServiceDatabase("evaluation-service", "evaluation", "evaluation", "evaluation_dev");
    public static final ServiceDatabase FUNDING =
            new ServiceDatabase("funding-service", "funding", "funding", "funding_dev");

    public static List<ServiceDatabase> all() {
        return List.of(REGISTRY, EVALUATION, FUNDING);
    }

    public static ServiceDatabase forService(String service) {
        return all().stream()
                .filter(db -> db.service().equals(service) || db.database().equals(service))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + service));
    }
}
