package com.onboarding.console;

import static com.onboarding.console.PostgresTest.address;
import static com.onboarding.console.PostgresTest.as;
import static com.onboarding.console.PostgresTest.createUser;
import static com.onboarding.console.checklist.Steps.code;
import static com.onboarding.console.security.SecurityFixtures.postLogin;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.LoginMark;
import com.onboarding.console.security.domain.LoginMarkRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console on its embedded defaults, an H2 file database as {@code ./mvnw spring-boot:run} uses, keeps
 * accepting writes after the connection pool has replaced every connection it had at start, the one Flyway
 * migrated the schema on among them (Hikari retires each connection after its max-lifetime, 30 minutes).
 */
class EmbeddedDatabaseTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dataDirectory;

    private static ConfigurableApplicationContext console;
    private static Connection otherConnection;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws SQLException {
        var url = "jdbc:h2:file:" + dataDirectory.resolve("console") + ";AUTO_SERVER=FALSE";
        console = new SpringApplicationBuilder(Application.class).profiles("demo")
                .run("--spring.datasource.url=" + url, "--server.port=0");
        // While the pool replaces its connections one by one, the database stays open (H2 closes it with the
        // last connection). This connection keeps it open while the test retires all of them at once.
        otherConnection = DriverManager.getConnection(url, "sa", "");
    }

    @AfterAll
    static void stop() throws SQLException {
        console.close();
        otherConnection.close();
    }

    @Test
    void writesSucceedAfterThePoolRetiredEveryConnection() throws Exception {
        var admin = createUser(console, Role.ADMIN, null);
        console.getBean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean()
                .softEvictConnections();

        var customer = as(console, admin, () -> console.getBean(CustomerService.class)
                .create(new CustomerDraft("Long Running GmbH", "987654321098", null, "DE", null, null, null)));
        var checklists = console.getBean(ChecklistService.class);
        as(console, admin, () -> {
            checklists.confirm(customer.id(), code("1.1"), Steps.version(checklists, customer.id(), "1.1"), null);
            return null;
        });
        var username = "long.running";
        as(console, admin, () -> console.getBean(UserAdminService.class).create(
                new UserDraft(username, "Long Running", null, Role.CUSTOMER, customer.id()), PASSWORD));

        assertThat(postLogin(http, address(console, "/login"), username, "not the password"))
                .endsWith("/login?error");

        var readiness = http.send(HttpRequest.newBuilder(address(console, "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(as(console, admin, () -> Steps.line(checklists, customer.id(), "1.1")).status())
                .isEqualTo(StepStatus.DONE);
        assertThat(console.getBean(LoginMarkRepository.class).countByUsernameAndKindAndAtAfter(username,
                LoginMark.Kind.FAILURE, Instant.EPOCH)).isEqualTo(1);
        assertThat(as(console, admin, () -> console.getBean(AuditService.class)
                .search(new AuditFilter(null, username, null, null, null), 0, 10)))
                .singleElement().satisfies(e -> assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_FAILED));
    }
}
