package be.wallonie.clusters.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The three services, started on the infrastructure with the configuration Kubernetes would give them. */
public final class StackServices implements AutoCloseable {

    /** A service of the system: its Maven module, database and default port. */
    public record ServiceSpec(String module, ServiceDatabase database, int defaultPort) {
    }

    public static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("cluster-registry", ServiceDatabase.REGISTRY, 8081),
            new ServiceSpec("evaluation-service", ServiceDatabase.EVALUATION, 8082),
            new ServiceSpec("funding-service", ServiceDatabase.FUNDING, 8083));

    private final Map<String, ServiceProcess> processes;

    private StackServices(Map<String, ServiceProcess> processes) {
        this.processes = processes;
    }

    /**
     * Starts every service and waits until all are ready.
     *
     * @param ports port per module; a missing module gets its default port
     */
    public static StackServices start(Path root, Infrastructure infra, Map<String, Integer> ports, Path jwtPublicKey,
            List<String> jvmOptions, Path logDirectory, Duration readyTimeout) throws IOException, InterruptedException {
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        StackServices services = new StackServices(started);
        try {
            for (ServiceSpec spec : SERVICES) {
                started.put(spec.module(), startOne(root, infra, spec, ports.getOrDefault(spec.module(), spec.defaultPort()),
                        jwtPublicKey, jvmOptions, logDirectory, Map.of()));
            }
            List<CompletableFuture<Void>> ready = new ArrayList<>();
            for (ServiceProcess p : started.values()) {
                ready.add(CompletableFuture.runAsync(() -> {
                    try {
                        p.awaitReady(readyTimeout);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }));
            }
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
            return services;
        } catch (RuntimeException | IOException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Starts one service with the environment Kubernetes would give it, plus {@code extraEnvironment}
     * (e.g. to start it with its outbox relay stopped in a failure test).
     */
    public static ServiceProcess startOne(Path root, Infrastructure infra, ServiceSpec spec, int port, Path jwtPublicKey,
            List<String> jvmOptions, Path logDirectory, Map<String, String> extraEnvironment) throws IOException {
        Map<String, String> env = new LinkedHashMap<>(infra.environment(spec.database()));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwtPublicKey.toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        env.putAll(extraEnvironment);
        return ServiceProcess.start(root, spec.module(), port, env, jvmOptions, logDirectory);
    }

    public ServiceProcess get(String module) {
        return processes.get(module);
    }

    public Map<String, ServiceProcess> all() {
        return processes;
    }

    @Override
    public void close() {
        // Stop all at once: each gets SIGTERM, then we wait for each.
        processes.values().parallelStream().forEach(ServiceProcess::close);
    }
}
