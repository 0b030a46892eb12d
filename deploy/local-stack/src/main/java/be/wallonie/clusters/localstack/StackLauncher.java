package be.wallonie.clusters.localstack;

import be.wallonie.clusters.localstack.demo.DemoDataset;
import be.wallonie.clusters.localstack.demo.DemoLoadException;
import be.wallonie.clusters.localstack.demo.DemoLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: starts PostgreSQL, Kafka and the three services, waits until every service is
 * ready, prints where to find them, and stops everything on Ctrl-C.
 */
public final class StackLauncher {

    private static final String USAGE = """
            usage: bin/stack [options]
              --reset                     wipe the data of previous runs (.stack-data/) first
              --data-dir DIR              where embedded PostgreSQL and Kafka keep their data (default .stack-data)
              --postgres-port N           embedded PostgreSQL port (default 55432)
              --kafka-port N              embedded Kafka port (default 9092)
              --registry-port N           cluster-registry HTTP port (default 8081)
              --evaluation-port N         evaluation-service HTTP port (default 8082)
              --funding-port N            funding-service HTTP port (default 8083)
              --jdbc-url URL              use an external PostgreSQL (administrator JDBC URL, e.g. jdbc:postgresql://db:5432/postgres)
              --jdbc-user USER            its administrator user (default postgres)
              --jdbc-password PASSWORD    its administrator password (default: $STACK_JDBC_PASSWORD)
              --kafka-bootstrap HOST:PORT use an external Kafka instead of the embedded broker
              --infra-only                start PostgreSQL and Kafka only (to run services from an IDE)
              --ready-seconds N           how long each service may take to become ready (default 120)
              --no-demo                   do not load the demo data (also STACK_NO_DEMO=true); otherwise it is loaded
                                          through the services' APIs once per data directory (--reset loads it again)
            Every option can also be given as an environment variable: --kafka-port is STACK_KAFKA_PORT.
            """;

    /** In the data directory: present once the demo data is loaded, with its summary. */
    static final String DEMO_MARKER = "demo-loaded";

    private StackLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        Path dataDir = root.resolve(opt(opts, "data-dir", ".stack-data"));
        boolean reset = opts.containsKey("reset");
        Instant begin = Instant.now();

        Infrastructure.Options options = new Infrastructure.Options(dataDir, reset,
                Integer.parseInt(opt(opts, "postgres-port", "55432")),
                Integer.parseInt(opt(opts, "kafka-port", "9092")),
                opt(opts, "jdbc-url", null), opt(opts, "jdbc-user", "postgres"),
                opt(opts, "jdbc-password", ""), opt(opts, "kafka-bootstrap", null));

        say("Starting PostgreSQL and Kafka (data in " + root.relativize(dataDir) + (reset ? ", reset" : "") + ")…");
        Infrastructure infra = Infrastructure.start(options);
        StackServices[] services = new StackServices[1];
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping…");
            if (services[0] != null) {
                services[0].close();
            }
            infra.close();
            say("Stopped.");
            stopped.countDown();
        }, "stack-shutdown"));
        say("PostgreSQL: " + infra.jdbcUrl(ServiceDatabase.REGISTRY).replace("/cluster_registry", "") + "  Kafka: " + infra.kafkaBootstrapServers());

        if (!opts.containsKey("infra-only")) {
            Map<String, Integer> ports = new HashMap<>();
            ports.put("cluster-registry", Integer.parseInt(opt(opts, "registry-port", "8081")));
            ports.put("evaluation-service", Integer.parseInt(opt(opts, "evaluation-port", "8082")));
            ports.put("funding-service", Integer.parseInt(opt(opts, "funding-port", "8083")));
            Path key = DevTokens.exportPublicKey(dataDir.resolve("keys/jwt-dev-public.pem"));
            List<String> jvm = Arrays.asList(opt(opts, "service-java-opts", "-XX:+UseSerialGC -Xmx384m").split("\\s+"));
            say("Starting the services (logs in " + root.relativize(dataDir.resolve("logs")) + "/)…");
            services[0] = StackServices.start(root, infra, ports, key, jvm, dataDir.resolve("logs"),
                    Duration.ofSeconds(Integer.parseInt(opt(opts, "ready-seconds", "120"))));
            if (demoSkipped(opts, System.getenv("STACK_NO_DEMO"))) {
                say("Demo data: skipped (--no-demo).");
            } else {
                loadDemoOnce(services[0], dataDir, reset);
            }
            printWelcome(services[0], Duration.between(begin, Instant.now()));
        } else {
            say("Infrastructure only. For a service run from an IDE, set:");
            for (ServiceDatabase db : ServiceDatabase.all()) {
                say("  " + db.service() + ": " + infra.environment(db));
            }
        }
        stopped.await();
    }

    /**
     * Loads the demo dataset through the services' APIs unless this data directory already has it (marker file). A failed
     * load leaves no marker and the stack running: the next start takes the load on where it stopped.
     */
    private static void loadDemoOnce(StackServices services, Path dataDir, boolean reset) throws IOException {
        Optional<String> loaded = demoLoaded(dataDir, reset);
        if (loaded.isPresent()) {
            say("Demo data already loaded (" + loaded.get() + "); --reset starts from nothing.");
            return;
        }
        say("Loading the demo data through the services' APIs…");
        try {
            DemoLoader.Summary summary = new DemoLoader(DemoDataset.fromClasspath(),
                    URI.create(services.get("cluster-registry").baseUrl()), URI.create(services.get("evaluation-service").baseUrl()),
                    URI.create(services.get("funding-service").baseUrl()), Duration.ofSeconds(90), System.out).load();
            Files.writeString(dataDir.resolve(DEMO_MARKER), summary.line() + ", " + Instant.now() + System.lineSeparator());
            say(summary.line());
        } catch (DemoLoadException e) {
            say("Demo data NOT loaded: " + e.getMessage());
            say("The stack keeps running. The next bin/stack continues the load; --no-demo skips it.");
        }
    }

    /** What the data directory's marker says of an earlier demo load; a reset forgets it (the data is gone). */
    static Optional<String> demoLoaded(Path dataDir, boolean reset) throws IOException {
        Path marker = dataDir.resolve(DEMO_MARKER);
        if (reset) {
            Files.deleteIfExists(marker);
        }
        return Files.exists(marker) ? Optional.of(Files.readString(marker).strip()) : Optional.empty();
    }

    /** {@code --no-demo}, or {@code STACK_NO_DEMO} set to anything but false/0. */
    static boolean demoSkipped(Map<String, String> opts, String env) {
        return opts.containsKey("no-demo") || isTrue(env);
    }

    private static boolean isTrue(String value) {
        return value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("false") && !value.strip().equals("0");
    }

    private static void printWelcome(StackServices services, Duration took) {
        StringBuilder sb = new StringBuilder("\nAll services are ready (" + took.toSeconds() + " s).\n\n");
        for (ServiceProcess p : services.all().values()) {
            sb.append(String.format("  %-20s %s/q/swagger-ui   health: %s/q/health/ready   log: %s%n",
                    p.name(), p.baseUrl(), p.baseUrl(), p.logFile()));
        }
        sb.append("""

                A bearer token for any role (signed with the development key):
                  bin/token APPLICANT --org 0403.170.701     bin/token CELLULE     bin/token REGION
                  bin/token COMITE_SECRETARIAT               bin/token EXPERT      bin/token FUNDING_READER
                e.g.  curl -H "Authorization: Bearer $(bin/token CELLULE)" -H 'Content-Type: application/json' \\
                           -d '{"name":"Cluster Bois","scheme":"ECONOMIC_CLUSTER","entryVolet":"VALIDATION","focus":{"kind":"MARKET"}}' \\
                           %s/api/v1/dossiers

                Press Ctrl-C to stop everything.
                """.formatted(services.get("cluster-registry").baseUrl()));
        System.out.println(sb);
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                System.out.print(USAGE);
                System.exit(0);
            }
            if (!a.startsWith("--")) {
                fail("unexpected argument " + a);
            }
            String name = a.substring(2);
            if (name.equals("reset") || name.equals("infra-only") || name.equals("no-demo")) {
                opts.put(name, "true");
            } else if (i + 1 < args.length) {
                opts.put(name, args[++i]);
            } else {
                fail("option " + a + " needs a value");
            }
        }
        return opts;
    }

    private static String opt(Map<String, String> opts, String name, String fallback) {
        String env = System.getenv("STACK_" + name.toUpperCase().replace('-', '_'));
        return opts.getOrDefault(name, env != null && !env.isBlank() ? env : fallback);
    }

    private static void fail(String message) {
        System.err.println(message);
        System.err.print(USAGE);
        System.exit(2);
    }

    private static void say(String line) {
        System.out.println("[stack] " + line);
    }
}
