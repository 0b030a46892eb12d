package be.wallonie.clusters.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server: the embedded binaries from Maven Central (io.zonky.test), or an
 * external server reached with an administrator JDBC URL. Either way it provisions one database and
 * one login role per service and revokes every other role's right to connect to it.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String host;
    private final int port;

    private PostgresServer(EmbeddedPostgres embedded, String adminUrl, String adminUser, String adminPassword,
            String host, int port) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts embedded PostgreSQL. With {@code reset} the data folder is wiped first; otherwise the
     * data of the previous run is kept.
     */
    public static PostgresServer startEmbedded(Path dataDirectory, int port, boolean reset) throws IOException {
        if (reset) {
            FileTree.deleteRecursively(dataDirectory);
        }
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", "on")
                // zonky turns synchronous commit off for speed; a committed outbox row must survive a crash
                .setServerConfig("synchronous_commit", "on")
                .start();
        int actualPort = pg.getPort();
        return new PostgresServer(pg, "jdbc:postgresql://localhost:" + actualPort + "/postgres", "postgres", "",
                "localhost", actualPort);
    }

    /** Uses an external server; {@code adminUrl} must allow creating roles and databases. */
    public static PostgresServer external(String adminUrl, String adminUser, String adminPassword) {
        String rest = adminUrl.replaceFirst("^jdbc:postgresql://", "");
        String hostPort = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String h = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int p = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        return new PostgresServer(null, adminUrl, adminUser, adminPassword, h, p);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(ServiceDatabase db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db.database();
    }

    /** Creates the service's role and database when missing; isolates it from the other roles. */
    public void provision(ServiceDatabase db) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                Statement st = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", db.role())) {
                st.execute("CREATE ROLE " + ident(db.role()) + " LOGIN PASSWORD " + literal(db.password()));
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db.database())) {
                st.execute("CREATE DATABASE " + ident(db.database()) + " OWNER " + ident(db.role())
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
            // By default every role may connect to every database: only the owner may here.
            st.execute("REVOKE ALL ON DATABASE " + ident(db.database()) + " FROM PUBLIC");
            st.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + ident(db.database()) + " TO " + ident(db.role()));
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe identifier " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
