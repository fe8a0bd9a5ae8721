package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * H2 2.4.240 ties a {@code CHECK (column IN (...))} constraint to the session that created it: once that
 * connection is closed, every write the constraint checks fails. The console runs a later H2, and its
 * migrations rewrite those constraints so that they hold on 2.4.240 as well. This runs the migrations on
 * 2.4.240 (the build copies its jar, see pom.xml), closes Flyway's connections and writes on another one.
 */
class SessionBoundCheckConstraintsTest {

    private static final String JAR_PROPERTY = "h2.session-bound-checks.jar";

    @TempDir
    Path directory;

    private URLClassLoader h2;
    private Driver driver;
    private String url;
    private Connection openMeanwhile;

    @BeforeEach
    void openDatabase() throws Exception {
        var jar = Path.of(System.getProperty(JAR_PROPERTY, "(system property " + JAR_PROPERTY + " not set)"));
        assertThat(jar).as("H2 2.4.240, copied by the build").exists();
        h2 = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        driver = (Driver) h2.loadClass("org.h2.Driver").getConstructor().newInstance();
        url = "jdbc:h2:file:" + directory.resolve("console");
        // Keeps the database open after Flyway's connections are closed, as the pool's other connections do.
        openMeanwhile = connect();
        assertThat(openMeanwhile.getMetaData().getDatabaseProductVersion()).startsWith("2.4.240");
    }

    @AfterEach
    void closeDatabase() throws Exception {
        openMeanwhile.close();
        h2.close();
    }

    @Test
    void aSchemaMigratedBeforeTheRewriteAcceptsWritesOnceMigrated() throws SQLException {
        migrate("10");
        migrate(null);

        try (var connection = connect(); var statement = connection.createStatement()) {
            writeOneOfEach(connection);
            assertThat(statement.executeUpdate("update customer_step set status = 'FAILED',"
                    + " verification = 'ERROR'")).isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate("update customer_step set status = 'LOST'"))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getMessage()).contains("CK_STEP_STATUS"))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23513");
            assertThatThrownBy(() -> statement.executeUpdate("update login_mark set kind = 'OTHER'"))
                    .hasMessageContaining("CK_LOGIN_MARK_KIND");
            assertThatThrownBy(() -> statement.executeUpdate("update app_user set role = 'ROOT'"))
                    .hasMessageContaining("CK_APP_USER_ROLE");
        }
    }

    @Test
    void theFirstSchemaAloneRefusesThoseWrites() throws SQLException {
        migrate("10");

        try (var connection = connect()) {
            assertThatThrownBy(() -> writeOneOfEach(connection))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"))
                    .hasMessageContaining("Check constraint invalid");
        }
    }

    /** Flyway on its own connections, all closed when it returns; up to a version, or all migrations. */
    private void migrate(@Nullable String target) {
        var configuration = Flyway.configure()
                .dataSource(new SimpleDriverDataSource(driver, url, "sa", ""));
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /** A row in each table with an enumerated column: a user, a customer, a step, a failed login. */
    private static void writeOneOfEach(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("insert into app_user (username, display_name, password_hash, role, created_at)"
                    + " values ('ops', 'Ops', 'x', 'OPS', current_timestamp)");
            statement.executeUpdate("insert into customer (id, name, account_id, billing_country, root_email,"
                    + " external_id, created_at, last_activity_at) values (1, 'Acme', '111122223333', 'DE',"
                    + " 'root@acme.example', 'ext', current_timestamp, current_timestamp)");
            statement.executeUpdate("insert into customer_step (customer_id, code, status, verification)"
                    + " values (1, '1.1', 'TODO', 'UNVERIFIED')");
            statement.executeUpdate("insert into login_mark (username, kind, at_time)"
                    + " values ('ops', 'FAILURE', current_timestamp)");
        }
    }

    private Connection connect() throws SQLException {
        var credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        return driver.connect(url, credentials);
    }
}
