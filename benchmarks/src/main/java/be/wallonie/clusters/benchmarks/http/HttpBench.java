package be.wallonie.clusters.benchmarks.http;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The Java half of {@code bin/bench-http} (the script starts and stops the processes; this measures):
 *
 * <pre>
 *   HttpBench anchor-db [--jdbc-url URL --jdbc-user U --jdbc-password P]   the anchor's role and database
 *   HttpBench run [options]                                                  seed, then the HTTP rounds and/or the e2e latency
 * </pre>
 *
 * Every option is {@code --name value}; {@code bin/bench-http --help} lists them.
 */
public final class HttpBench {

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: HttpBench anchor-db|run [--option value]...");
            System.exit(2);
        }
        Map<String, String> o = options(args);
        try {
            switch (args[0]) {
                case "anchor-db" -> anchorDatabase(o.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:55432/postgres"),
                        o.getOrDefault("jdbc-user", "postgres"), o.getOrDefault("jdbc-password", ""));
                case "run" -> run(o);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (RuntimeException e) {
            System.err.println("[bench] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(Map<String, String> o) throws Exception {
        Settings s = Settings.of(o);
        Seed seed = Seed.prepare(s);
        if (s.httpRounds()) {
            new HttpReads(s, seed).run();
        }
        if (s.e2eSubmissions() > 0) {
            new EndToEndLatency(s, seed).run();
        }
    }

    /**
     * The anchor's login role {@code superbad} and database {@code villains_database}, as its README asks, created when
     * missing on the stack's PostgreSQL (the anchor drops and recreates its own table at start).
     */
    static void anchorDatabase(String adminUrl, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement st = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", "superbad")) {
                st.execute("create role superbad login password 'superbad'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", "villains_database")) {
                st.execute("create database villains_database owner superbad encoding 'UTF8' template template0");
            }
        }
        System.out.println("[bench] anchor database villains_database (owner superbad) ready");
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value at " + args[i]);
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    /** What the run measures, against which services; defaults are those of {@code bin/stack}. */
    record Settings(String registry, String evaluation, String funding, String anchor, String jdbcUrl, String jdbcUser,
            String jdbcPassword, int rounds, int seconds, int warmupSeconds, int threads, int connections, String wrk,
            boolean halfRate, boolean httpRounds, int e2eSubmissions, Path docs, Path workDir, String javaOptions,
            String stackNote) {

        static Settings of(Map<String, String> o) {
            String docs = o.getOrDefault("docs", "docs/benchmarks.md");
            return new Settings(o.getOrDefault("registry", "http://localhost:8081"),
                    o.getOrDefault("evaluation", "http://localhost:8082"), o.getOrDefault("funding", "http://localhost:8083"),
                    o.getOrDefault("anchor", "http://localhost:8091"),
                    o.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:55432/postgres"), o.getOrDefault("jdbc-user", "postgres"),
                    o.getOrDefault("jdbc-password", ""),
                    positive(o, "rounds", 5), positive(o, "duration", 10), positive(o, "warmup", 10), positive(o, "threads", 2),
                    positive(o, "connections", 8), o.getOrDefault("wrk", "wrk"),
                    !"false".equals(o.getOrDefault("half-rate", "true")), !"false".equals(o.getOrDefault("http", "true")),
                    Integer.parseInt(o.getOrDefault("e2e", "200")), docs.equals("none") ? null : Path.of(docs),
                    Path.of(o.getOrDefault("work-dir", System.getProperty("java.io.tmpdir"))),
                    o.getOrDefault("java-opts", "-XX:+UseSerialGC -Xmx384m"), o.getOrDefault("stack", "started by bin/bench-http"));
        }

        private static int positive(Map<String, String> o, String name, int fallback) {
            int v = Integer.parseInt(o.getOrDefault(name, String.valueOf(fallback)));
            if (v < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1");
            }
            return v;
        }

        /** The admin JDBC URL pointed at another database of the same server. */
        String jdbcUrlOf(String database) {
            return jdbcUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        }
    }
}
