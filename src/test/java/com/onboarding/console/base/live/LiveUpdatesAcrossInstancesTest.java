package com.onboarding.console.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.PostgresTest;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.Role;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

/** Two instances on one PostgreSQL database, as behind a load balancer. */
class LiveUpdatesAcrossInstancesTest extends PostgresTest {

    private static final AtomicLong ACCOUNTS = new AtomicLong(555_000_000_000L);

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private Authentication ops;
    private final List<CustomerChanges.Subscription> subscriptions = new ArrayList<>();

    @BeforeAll
    void start() {
        first = startInstance();
        second = startInstance();
        ops = createUser(first, Role.OPS, null);
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(CustomerChanges.Subscription::cancel);
        subscriptions.clear();
    }

    @Test
    void aChangeOnOneInstanceReachesTheOtherWithinASecond() throws InterruptedException {
        var heardBySecond = heardOn(second);

        long customerId = createCustomerOn(first);

        assertThat(heardBySecond.poll(1, TimeUnit.SECONDS)).isEqualTo(customerId);
    }

    @Test
    void anInstanceHearsItsOwnChangeOnce() throws InterruptedException {
        var heardByFirst = heardOn(first);

        long customerId = createCustomerOn(first);

        assertThat(heardByFirst.poll(1, TimeUnit.SECONDS)).isEqualTo(customerId);
        assertThat(heardByFirst.poll(500, TimeUnit.MILLISECONDS)).as("a second delivery").isNull();
    }

    @Test
    void aChangeIsAnnouncedOnlyWhenItsTransactionCommits() throws InterruptedException {
        var heardBySecond = heardOn(second);
        var changes = first.getBean(CustomerChanges.class);
        var transactions = first.getBean(TransactionTemplate.class);

        transactions.executeWithoutResult(status -> {
            changes.publish(-1);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> changes.publish(-2));

        assertThat(heardBySecond.poll(1, TimeUnit.SECONDS)).isEqualTo(-2);
        assertThat(heardBySecond).isEmpty();
    }

    @Test
    void listeningResumesAfterTheDatabaseDropsTheConnection() throws Exception {
        assertThat(terminateListeners()).isEqualTo(2);
        awaitListeners(2, Duration.ofSeconds(15));
        var heardBySecond = heardOn(second);

        long customerId = createCustomerOn(first);

        assertThat(heardBySecond.poll(1, TimeUnit.SECONDS)).isEqualTo(customerId);
    }

    private BlockingQueue<Long> heardOn(ConfigurableApplicationContext instance) {
        var heard = new LinkedBlockingQueue<Long>();
        subscriptions.add(instance.getBean(CustomerChanges.class).subscribe(heard::add));
        return heard;
    }

    private long createCustomerOn(ConfigurableApplicationContext instance) {
        var account = Long.toString(ACCOUNTS.incrementAndGet());
        return as(instance, ops, () -> instance.getBean(CustomerService.class)
                .create(new CustomerDraft("Live " + account, account, null, "US", null, null, null)).id());
    }

    private int terminateListeners() throws SQLException {
        try (var connection = connectToDatabase(); var statement = connection.prepareStatement(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where datname = current_database() and application_name = ?")) {
            statement.setString(1, PostgresChangeTransport.LISTENER_NAME);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void awaitListeners(int expected, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (countListeners() < expected) {
            assertThat(System.nanoTime()).as("listeners back within " + limit).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int countListeners() throws SQLException {
        try (var connection = connectToDatabase(); var statement = connection.prepareStatement(
                "select count(*) from pg_stat_activity where datname = current_database() and application_name = ? "
                        + "and query = 'LISTEN " + PostgresChangeTransport.CHANNEL + "'")) {
            statement.setString(1, PostgresChangeTransport.LISTENER_NAME);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
