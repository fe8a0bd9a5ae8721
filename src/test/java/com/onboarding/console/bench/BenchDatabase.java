package com.onboarding.console.bench;

import com.onboarding.console.PostgresTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the benchmarks run: a fresh PostgreSQL database on the server given as {@code -Dit.postgres.url} (the
 * production database), dropped when the JVM ends, or else an in-memory H2 database of their own.
 */
final class BenchDatabase {

    private final String description;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private BenchDatabase(String description, String jdbcUrl, String username, String password) {
        this.description = description;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /** A new, empty database for one benchmark run, with a name no other run uses. */
    static BenchDatabase create(String purpose) {
        var server = PostgresTest.serverUrl();
        var name = "console_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (server.isBlank()) {
            return new BenchDatabase("H2 (in memory, embedded default; give -Dit.postgres.url for PostgreSQL)",
                    "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String version;
        try (var connection = DriverManager.getConnection(server); var statement = connection.createStatement()) {
            version = connection.getMetaData().getDatabaseProductVersion();
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the benchmark database on " + redacted(server), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        var url = PostgresTest.withDatabase(server, name);
        return new BenchDatabase("PostgreSQL " + version + " (" + name + " on " + redacted(server) + ")", url,
                PostgresTest.queryParameter(server, "user"), PostgresTest.queryParameter(server, "password"));
    }

    String description() {
        return description;
    }

    boolean postgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> jdbcUrl);
        registry.add("spring.datasource.username", () -> username);
        registry.add("spring.datasource.password", () -> password);
    }

    /** Settings for a console started in another JVM on this database. */
    String[] arguments() {
        return new String[] {"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password};
    }

    private static void drop(String server, String name) {
        try (var connection = DriverManager.getConnection(server); var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("The benchmark database " + name + " could not be dropped: " + e.getMessage());
        }
    }

    /** The server's address without its password. */
    private static String redacted(String url) {
        var query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
