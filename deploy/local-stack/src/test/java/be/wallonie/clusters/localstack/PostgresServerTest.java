package be.wallonie.clusters.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** One database and one role per service: a service's role cannot even connect to another's database. */
class PostgresServerTest {

    @Test
    void each_service_owns_its_database_and_no_other_role_can_connect_to_it_and_data_persists() throws Exception {
        Path data = Files.createTempDirectory("pg-test-").resolve("postgres");
        int port;
        try (PostgresServer pg = PostgresServer.startEmbedded(data, 0, true)) {
            port = pg.port();
            for (ServiceDatabase db : ServiceDatabase.all()) {
                pg.provision(db);
                pg.provision(db); // idempotent: the run command provisions at every start
            }
            ServiceDatabase registry = ServiceDatabase.REGISTRY;
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(registry), registry.role(), registry.password());
                    Statement st = c.createStatement()) {
                st.execute("create table kept (v int)");
                st.execute("insert into kept values (42)");
            }
            ServiceDatabase evaluation = ServiceDatabase.EVALUATION;
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(evaluation), registry.role(), registry.password()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        // the data folder survives a restart without --reset
        try (PostgresServer pg = PostgresServer.startEmbedded(data, port, false);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(ServiceDatabase.REGISTRY),
                        ServiceDatabase.REGISTRY.role(), ServiceDatabase.REGISTRY.password());
                var rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }
}
