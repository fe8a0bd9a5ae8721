package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What people and the load balancer are told when PostgreSQL refuses a write. */
class DatabaseRefusalsOnPostgresTest extends PostgresTest {

    private static final String PASSWORD = "correct horse battery";

    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext console;

    @BeforeAll
    void start() {
        console = startInstance();
    }

    @Test
    void aDatabaseThatTurnedReadOnlyTakesTheInstanceOutOfReadiness() throws Exception {
        assertThat(readiness().statusCode()).isEqualTo(200);

        // As after a failover to a standby: new connections may read, not write.
        setReadOnly(true);
        try {
            var readiness = readinessOnceEveryConnectionIsRetired(503);
            assertThat(readiness.statusCode()).isEqualTo(503);
            // Anonymous callers see the status alone, not which component is down.
            assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
            // Reads still work: only the write probe takes the instance out.
            assertThat(console.getBean(JdbcTemplate.class).queryForObject("select count(*) from customer",
                    Long.class)).isNotNull();
        } finally {
            setReadOnly(false);
        }
        assertThat(readinessOnceEveryConnectionIsRetired(200).statusCode()).isEqualTo(200);
    }

    @Test
    void aUsernameTakenMeanwhileIsReportedAsTaken() throws Exception {
        var admin = createUser(console, Role.ADMIN, null);
        var username = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        try (var first = connectToDatabase(); var observer = connectToDatabase()) {
            // One administrator's transaction has written the username but not committed it yet when another
            // one's, past its check for a taken username, writes it too and waits for the first.
            first.setAutoCommit(false);
            try (var insert = first.prepareStatement("insert into app_user (username, display_name, password_hash,"
                    + " role, created_at) values (?, 'First', 'x', 'OPS', current_timestamp)")) {
                insert.setString(1, username);
                insert.executeUpdate();
            }
            var second = CompletableFuture.supplyAsync(() -> as(console, admin, () -> console
                    .getBean(UserAdminService.class)
                    .create(new UserDraft(username, "Second", null, Role.CSM, null), PASSWORD)));
            awaitLockWait(observer);
            first.commit();

            assertThat(second).failsWithin(Duration.ofSeconds(30)).withThrowableThat()
                    .havingCause().isInstanceOf(InvalidInputException.class)
                    .withMessage("The username " + username + " is taken: choose another one.");
        }
    }

    private void setReadOnly(boolean readOnly) throws SQLException {
        try (var connection = connectToDatabase(); var statement = connection.createStatement()) {
            statement.execute("set default_transaction_read_only = off");
            try (var name = statement.executeQuery("select current_database()")) {
                name.next();
                statement.execute("alter database " + name.getString(1) + " set default_transaction_read_only = "
                        + (readOnly ? "on" : "off"));
            }
        }
    }

    private void retireEveryConnection() throws SQLException {
        console.getBean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean()
                .softEvictConnections();
    }

    /**
     * The pool may be opening a connection while the database is switched, and that one keeps the old setting:
     * connections are retired until the pool holds only ones opened afterwards, or until a deadline.
     */
    private HttpResponse<String> readinessOnceEveryConnectionIsRetired(int expected) throws Exception {
        var deadline = Instant.now().plusSeconds(30);
        while (true) {
            retireEveryConnection();
            var readiness = readiness();
            if (readiness.statusCode() == expected || Instant.now().isAfter(deadline)) {
                return readiness;
            }
            Thread.sleep(100);
        }
    }

    /** Waits until a session of this database waits for a lock, as the second insert does for the first. */
    private static void awaitLockWait(Connection observer) throws SQLException, InterruptedException {
        var deadline = Instant.now().plusSeconds(30);
        try (var waiting = observer.prepareStatement("select count(*) from pg_stat_activity"
                + " where datname = current_database() and wait_event_type = 'Lock'")) {
            while (true) {
                try (var rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                assertThat(Instant.now()).as("the second insert waits for the first").isBefore(deadline);
                Thread.sleep(20);
            }
        }
    }

    private HttpResponse<String> readiness() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address(console, "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
