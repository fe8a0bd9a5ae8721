package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** One instance with the prod profile on an empty PostgreSQL database. */
class ProductionProfileTest extends PostgresTest {

    private static final String SCRAPE_PASSWORD = "scrape-password-of-the-production-test";

    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext console;

    @BeforeAll
    void start() {
        console = startInstance("--console.management.scrape-password=" + SCRAPE_PASSWORD);
    }

    @Test
    void migrationsApplyToAnEmptyPostgresDatabase() throws SQLException {
        try (var connection = connectToDatabase()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        var migrations = console.getBean(Flyway.class).info();
        assertThat(migrations.applied()).isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(migrations.pending()).isEmpty();
        assertThat(tables()).contains("app_user", "customer", "customer_step", "audit_entry", "notification");
    }

    @Test
    void theAwsAccountsAreTheGivenOnesNotTheExamples() {
        var aws = console.getBean(AwsSettings.class);
        assertThat(aws.platformAccountId()).isEqualTo("111122223333");
        assertThat(aws.billingAccountId()).isEqualTo("444455556666");
    }

    @Test
    void productionHasNoDemoUsers() {
        var users = console.getBean(AppUserRepository.class);
        assertThat(List.of("ops", "csm", "admin")).allSatisfy(
                demo -> assertThat(users.findByUsername(demo)).isEmpty());
    }

    @Test
    void aCustomerIsSavedAndReadBack() {
        var customers = console.getBean(CustomerService.class);
        var ops = createUser(console, Role.OPS, null);
        var created = as(console, ops, () -> customers.create(new CustomerDraft("Postgres Profile GmbH", "4321-0000-7777",
                null, "de", null, null, "Übernahme zum Monatsende")));

        Customer read = as(console, ops, () -> customers.get(created.id()));

        assertThat(read.getName()).isEqualTo("Postgres Profile GmbH");
        assertThat(read.getAccountId()).isEqualTo("432100007777");
        assertThat(read.getBillingCountry()).isEqualTo("DE");
        assertThat(read.getRootEmail()).isEqualTo("aws+432100007777@reseller.example");
        assertThat(read.getNotes()).isEqualTo("Übernahme zum Monatsende");
        // PostgreSQL keeps microseconds.
        assertThat(read.getCreatedAt()).isCloseTo(created.getCreatedAt(), within(1, ChronoUnit.MICROS));
    }

    /** Behind the load balancer that ends TLS: its X-Forwarded-Proto makes a request HTTPS, and only those get HSTS. */
    @Test
    void hstsOverHttpsBehindTheLoadBalancerOnlyAndSessionsEndWhenIdle() throws Exception {
        var overHttps = http.send(HttpRequest.newBuilder(address(console, "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
        var overHttp = http.send(HttpRequest.newBuilder(address(console, "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();

        assertThat(console.getEnvironment().getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        assertThat(console.getEnvironment().getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void healthAnswersWithoutLoginAndWithoutItsComponents() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");

        var readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("components");

        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusCountsLoginsAndOpenUiSessions() throws Exception {
        var user = createUser(console, Role.CSM, null);
        var username = user.getName();
        // Opening the login page starts a UI session.
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        var before = scrape();
        assertThat(before.statusCode()).isEqualTo(200);

        login(username, "wrong password");
        login(username, username);

        var after = scrape().body();
        assertThat(sample(after, "console_logins_total{outcome=\"failure\"}"))
                .isEqualTo(sample(before.body(), "console_logins_total{outcome=\"failure\"}") + 1);
        assertThat(sample(after, "console_logins_total{outcome=\"success\"}"))
                .isEqualTo(sample(before.body(), "console_logins_total{outcome=\"success\"}") + 1);
        assertThat(sample(after, "console_ui_sessions")).isGreaterThanOrEqualTo(1);
    }

    private List<String> tables() throws SQLException {
        try (var connection = connectToDatabase();
                var rows = connection.createStatement().executeQuery(
                        "select table_name from information_schema.tables where table_schema = current_schema()")) {
            var names = new ArrayList<String>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address(console, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the metrics as the configured Prometheus scraper. */
    private HttpResponse<String> scrape() throws IOException, InterruptedException {
        var credential = Base64.getEncoder().encodeToString(
                ("prometheus:" + SCRAPE_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(address(console, "/actuator/prometheus"))
                .header("Authorization", "Basic " + credential).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits the login form as a browser does. */
    private void login(String username, String password) throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(address(console, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("login response").isEqualTo(302);
    }

    /** The value of one sample in Prometheus' text format, 0 when absent. */
    private static double sample(String exposition, String series) {
        return exposition.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .findFirst().orElse(0);
    }
}
