package com.onboarding.console;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.onboarding.console.security.domain.Role;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Integration tests of the prod profile against a real PostgreSQL server, given to the build as
 * {@code -Dit.postgres.url=jdbc:postgresql://host:port/db?user=...&password=...} (skipped without it on a
 * workstation, a failure in CI).
 * Each test class gets a database of its own, created empty and dropped afterwards, and starts as many
 * console instances on it as it needs ({@link #startInstance}), each a full application with the prod
 * profile on a random port, as in a deployment of several instances behind a load balancer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PostgresTest {

    static final String SERVER_PROPERTY = "it.postgres.url";

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final String databaseName = "console_it_" + UUID.randomUUID().toString().replace("-", "");
    private @Nullable String databaseUrl;

    @BeforeAll
    void createDatabase() throws SQLException {
        requirePostgres();
        try (var server = connectToServer(); var statement = server.createStatement()) {
            statement.execute("create database " + databaseName);
        }
        databaseUrl = withDatabase(serverUrl(), databaseName);
    }

    /**
     * Without a server the tests are skipped on a workstation; in CI (CI=true) they must run, so there a missing
     * server fails the build, naming the property that gives it.
     */
    public static void requirePostgres() {
        if (serverUrl().isBlank() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no PostgreSQL server is given: run the build with -D"
                    + SERVER_PROPERTY + "=jdbc:postgresql://host:port/db?user=...&password=... (.ci/run sets one"
                    + " up); the PostgreSQL tests may be skipped on a workstation only");
        }
        assumeFalse(serverUrl().isBlank(), "no PostgreSQL server given (-D" + SERVER_PROPERTY + ")");
    }

    /** The server given to the build, or blank. */
    public static String serverUrl() {
        return System.getProperty(SERVER_PROPERTY, "").strip();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (databaseUrl == null) {
            return;
        }
        instances.reversed().forEach(ConfigurableApplicationContext::close);
        instances.clear();
        try (var server = connectToServer(); var statement = server.createStatement()) {
            statement.execute("drop database if exists " + databaseName + " with (force)");
        }
    }

    /**
     * Starts another console instance on this class's database: the prod profile, the in-memory sandbox
     * AWS, a random port. Extra arguments ({@code --name=value}) override any setting.
     */
    protected ConfigurableApplicationContext startInstance(String... settings) {
        var args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl(),
                "--spring.datasource.username=" + queryParameter(serverUrl(), "user"),
                "--spring.datasource.password=" + queryParameter(serverUrl(), "password"),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--server.port=0",
                "--console.aws.mode=sandbox",
                "--console.aws.platform-account-id=111122223333",
                "--console.aws.billing-account-id=444455556666",
                "--spring.mail.host=localhost",
                "--console.mail.from=console@reseller.example",
                // No mail server runs in these tests; a mail health check would report the instance down.
                "--management.health.mail.enabled=false"));
        // A setting named twice would reach Spring as both values joined by a comma: the extra one replaces it.
        for (var setting : settings) {
            var name = setting.substring(0, setting.indexOf('=') + 1);
            args.removeIf(arg -> arg.startsWith(name));
        }
        args.addAll(List.of(settings));
        var instance = new SpringApplicationBuilder(Application.class).profiles("prod")
                .run(args.toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    /** The address of a path on an instance's web server. */
    protected static URI address(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    /**
     * Adds a user of the role to the database (the prod profile has no demo users) and returns them as
     * logged in; their password is their username. A CUSTOMER user needs the customer they belong to.
     */
    protected static Authentication createUser(ConfigurableApplicationContext instance, Role role,
            @Nullable Long customerId) {
        var username = new TestFixture(instance).user(role, customerId).getUsername();
        var principal = instance.getBean(UserDetailsService.class).loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Runs work in this thread as the user on the instance, as a request of theirs would. */
    protected static <T> T as(ConfigurableApplicationContext instance, Authentication user, Supplier<T> work) {
        // Each instance holds the logged-in user in its own strategy; the static holder points at the last started.
        var holders = List.of(instance.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique(SecurityContextHolder::getContextHolderStrategy),
                SecurityContextHolder.getContextHolderStrategy());
        for (var holder : holders) {
            var context = holder.createEmptyContext();
            context.setAuthentication(user);
            holder.setContext(context);
        }
        try {
            return work.get();
        } finally {
            holders.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }

    /** A connection to this class's database, for checks the application does not offer. */
    protected Connection connectToDatabase() throws SQLException {
        return DriverManager.getConnection(databaseUrl());
    }

    /** The JDBC URL of this class's database, with the server's user and password. */
    protected String databaseUrl() {
        return Objects.requireNonNull(databaseUrl);
    }

    private static Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(serverUrl());
    }

    /** The user or password of the server URL ({@code user}, {@code password}). */
    protected static String serverCredential(String name) {
        return queryParameter(serverUrl(), name);
    }

    /** The same server URL with another database name. */
    public static String withDatabase(String url, String database) {
        int query = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
        int slash = url.lastIndexOf('/', query);
        return url.substring(0, slash + 1) + database + url.substring(query);
    }

    public static String queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return "";
        }
        for (var pair : url.substring(query + 1).split("&")) {
            var parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
