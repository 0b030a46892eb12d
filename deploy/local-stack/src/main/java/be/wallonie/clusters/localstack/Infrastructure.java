package be.wallonie.clusters.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PostgreSQL and Kafka for the services: embedded by default, external when given. Shared by the
 * run command ({@link StackLauncher}), every service's {@code @QuarkusTest} and the system tests.
 */
public final class Infrastructure implements AutoCloseable {

    /**
     * How to start the infrastructure.
     *
     * @param dataDirectory     where embedded PostgreSQL and Kafka keep their data
     * @param reset             wipe the data of previous runs first
     * @param postgresPort      port of embedded PostgreSQL (0 = any free port)
     * @param kafkaPort         port of the embedded broker (0 = any free port)
     * @param externalJdbcUrl   administrator JDBC URL of an external PostgreSQL, or null for embedded
     * @param externalJdbcUser  its administrator user
     * @param externalJdbcPassword its password
     * @param externalKafka     bootstrap servers of an external Kafka, or null for embedded
     */
    public record Options(Path dataDirectory, boolean reset, int postgresPort, int kafkaPort,
            String externalJdbcUrl, String externalJdbcUser, String externalJdbcPassword, String externalKafka) {

        /** Embedded everything in a fresh temporary folder on free ports: what tests use. */
        public static Options ephemeral() {
            try {
                return new Options(Files.createTempDirectory("clusters-stack-"), true, 0, 0, null, null, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Infrastructure shared;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final String kafkaBootstrap;

    private Infrastructure(PostgresServer postgres, KafkaBroker kafka, String kafkaBootstrap) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    /** One infrastructure per JVM, started on first use and stopped when the JVM exits. */
    public static synchronized Infrastructure shared() {
        if (shared == null) {
            try {
                shared = start(Options.ephemeral());
            } catch (Exception e) {
                throw new IllegalStateException("cannot start PostgreSQL and Kafka for tests", e);
            }
            Infrastructure started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-infrastructure"));
        }
        return shared;
    }

    public static Infrastructure start(Options options) throws Exception {
        PostgresServer pg;
        if (options.externalJdbcUrl() != null) {
            pg = PostgresServer.external(options.externalJdbcUrl(), options.externalJdbcUser(), options.externalJdbcPassword());
        } else {
            pg = PostgresServer.startEmbedded(options.dataDirectory().resolve("postgres"),
                    port(options.postgresPort()), options.reset());
        }
        for (ServiceDatabase db : ServiceDatabase.all()) {
            pg.provision(db);
        }
        KafkaBroker broker = null;
        String bootstrap = options.externalKafka();
        if (bootstrap == null) {
            int kafkaPort = port(options.kafkaPort());
            int controllerPort = freePort();
            broker = KafkaBroker.start(options.dataDirectory().resolve("kafka"), kafkaPort, controllerPort, options.reset());
            bootstrap = broker.bootstrapServers();
            broker.createTopics();
        } else {
            KafkaTopics.create(bootstrap);
        }
        return new Infrastructure(pg, broker, bootstrap);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    public String jdbcUrl(ServiceDatabase db) {
        return postgres.jdbcUrl(db);
    }

    /** Quarkus configuration that points a service at its own database and at the broker. */
    public Map<String, String> quarkusConfig(ServiceDatabase db) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(db));
        config.put("quarkus.datasource.username", db.role());
        config.put("quarkus.datasource.password", db.password());
        config.put("kafka.bootstrap.servers", kafkaBootstrap);
        return config;
    }

    /** The same configuration as environment variables (as Kubernetes would give it). */
    public Map<String, String> environment(ServiceDatabase db) {
        Map<String, String> env = new LinkedHashMap<>();
        quarkusConfig(db).forEach((k, v) -> env.put(k.toUpperCase().replaceAll("[^A-Z0-9]", "_"), v));
        return env;
    }

    static int port(int requested) {
        return requested == 0 ? freePort() : requested;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("Kafka did not stop cleanly: " + e);
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e);
        }
    }
}
