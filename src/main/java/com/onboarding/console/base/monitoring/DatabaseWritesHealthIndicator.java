package com.onboarding.console.base.monitoring;

import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ready only while the database accepts writes ({@code databaseWrites} in the readiness group): the database
 * check alone stays up on a database that answers queries but refuses every write, such as one that turned
 * read-only after a failover or one whose constraints can no longer be evaluated. The probe inserts a row and
 * rolls it back, so it leaves nothing behind and instances never wait for each other's probes.
 */
@Component
class DatabaseWritesHealthIndicator extends AbstractHealthIndicator {

    /** Longer than a write takes, shorter than a load balancer waits for the answer. */
    private static final int TIMEOUT_SECONDS = 5;

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    DatabaseWritesHealthIndicator(PlatformTransactionManager transactionManager, DataSource dataSource) {
        super("The database refuses writes");
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(TIMEOUT_SECONDS);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        transactions.executeWithoutResult(tx -> {
            jdbc.update("insert into readiness_probe (kind, probed_at) values ('WRITE', current_timestamp)");
            tx.setRollbackOnly();
        });
        builder.up();
    }
}
