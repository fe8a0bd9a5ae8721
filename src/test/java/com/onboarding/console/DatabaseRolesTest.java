package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.Role;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console runs as a database role of its own while migrations run as the schema's owner, as the README
 * shows: it works, and its role can append to the audit trail but not change or delete what is there.
 */
class DatabaseRolesTest extends PostgresTest {

    private final String appRole = "console_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String appPassword = UUID.randomUUID().toString();
    private ConfigurableApplicationContext console;

    @BeforeAll
    void start() throws SQLException {
        try (var owner = connectToDatabase(); var statement = owner.createStatement()) {
            statement.execute("create role " + appRole + " login password '" + appPassword + "'");
        }
        console = startInstance(
                "--spring.datasource.url=" + withoutCredentials(databaseUrl()),
                "--spring.datasource.username=" + appRole,
                "--spring.datasource.password=" + appPassword,
                "--spring.flyway.user=" + serverCredential("user"),
                "--spring.flyway.password=" + serverCredential("password"),
                "--spring.flyway.placeholders.appRole=" + appRole);
    }

    @AfterAll
    void dropRole() throws SQLException {
        if (console != null) {
            console.close();
        }
        try (var owner = connectToDatabase(); var statement = owner.createStatement()) {
            // What the role was granted, so that it can be dropped (roles outlive this class's database).
            statement.execute("revoke all on all tables in schema public from " + appRole);
            statement.execute("revoke all on all sequences in schema public from " + appRole);
            statement.execute("revoke all on schema public from " + appRole);
            statement.execute("drop role if exists " + appRole);
        }
    }

    @Test
    void theConsoleWorksUnderItsOwnRoleAndCannotRewriteTheAuditTrail() throws SQLException {
        var ops = createUser(console, Role.OPS, null);
        var name = "Roles " + UUID.randomUUID();
        var created = as(console, ops, () -> console.getBean(CustomerService.class)
                .create(new CustomerDraft(name, "5432-1000-" + (1000 + (int) (Math.random() * 8999)), null, "DE",
                        null, null, null)));
        assertThat(as(console, ops, () -> console.getBean(AuditService.class).timeline(created.id(), 10)))
                .anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo(AuditAction.CUSTOMER_CREATED));

        try (var app = DriverManager.getConnection(withoutCredentials(databaseUrl()), appRole, appPassword);
                var statement = app.createStatement()) {
            assertThat(statement.executeUpdate("insert into audit_entry (occurred_at, actor, action) "
                    + "values (now(), 'test', 'STEP_NOTE')")).isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate("update audit_entry set message = 'changed'"))
                    .hasMessageContaining("permission denied for table audit_entry");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_entry"))
                    .hasMessageContaining("permission denied for table audit_entry");
            assertThatThrownBy(() -> statement.executeUpdate("delete from flyway_schema_history"))
                    .hasMessageContaining("permission denied for table flyway_schema_history");
            assertThatThrownBy(() -> statement.execute("drop table customer_step"))
                    .hasMessageContaining("must be owner of table customer_step");
        }
    }

    private static String withoutCredentials(String url) {
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }
}
