package be.wallonie.clusters.testing;

import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.localstack.Infrastructure;
import be.wallonie.clusters.localstack.ServiceDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Real PostgreSQL and a real Kafka broker for a service's {@code @QuarkusTest}s: the same pieces as
 * the run command, started once per test JVM (data in a temporary folder, free ports). Declare it
 * once per module with {@code initArgs = @ResourceArg(name = "service", value = "<module>")}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "cluster-registry");
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infra = Infrastructure.shared();
        Map<String, String> config = new HashMap<>(infra.quarkusConfig(ServiceDatabase.forService(service)));
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; stopped by a shutdown hook.
    }

    /** Bootstrap servers of the shared broker, for test clients. */
    public static String bootstrapServers() {
        return Infrastructure.shared().kafkaBootstrapServers();
    }
}
