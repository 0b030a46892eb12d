package be.wallonie.clusters.systemtests;

import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.localstack.Infrastructure;
import be.wallonie.clusters.localstack.ServiceProcess;
import be.wallonie.clusters.localstack.StackServices;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The three packaged services, each in its own JVM, on the shared PostgreSQL + Kafka. */
final class SystemUnderTest {

    static final Path ROOT = Path.of(System.getProperty("stack.root", "../..")).toAbsolutePath().normalize();
    static final List<String> JVM = List.of("-XX:+UseSerialGC", "-Xmx256m");

    private SystemUnderTest() {
    }

    static Path publicKey() throws IOException {
        return DevTokens.exportPublicKey(Files.createTempDirectory("jwt-").resolve("jwt-dev-public.pem"));
    }

    static Path logs() throws IOException {
        return Files.createDirectories(ROOT.resolve("deploy/system-tests/target/service-logs"));
    }

    static ServiceProcess start(StackServices.ServiceSpec spec, Map<String, String> extraEnv) throws Exception {
        Infrastructure infra = Infrastructure.shared();
        ServiceProcess p = StackServices.startOne(ROOT, infra, spec, freePort(), publicKey(), JVM, logs(), extraEnv);
        p.awaitReady(Duration.ofSeconds(90));
        return p;
    }

    /** One packaged service on the test's stack, with the environment Kubernetes gives it. */
    static ServiceProcess start(String module) throws Exception {
        return start(spec(module), Map.of());
    }

    /** Stops the services that were started (a null is one that never started). */
    static void stopAll(ServiceProcess... processes) {
        for (ServiceProcess p : processes) {
            if (p != null) {
                p.close();
            }
        }
    }

    static StackServices.ServiceSpec spec(String module) {
        return StackServices.SERVICES.stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
    }

    static String token(String role) {
        return DevTokens.mint("system-test-" + role.toLowerCase(), List.of(role), null, Duration.ofMinutes(30));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
