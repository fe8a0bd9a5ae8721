package com.onboarding.console.base.live;

import com.onboarding.console.TestFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.PostgresTest;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

/** Two instances on one PostgreSQL database, as behind a load balancer. */
class LiveUpdatesAcrossInstancesTest extends PostgresTest {

    private static final OffsetDateTime EVER = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private Authentication ops;
    private final List<CustomerChanges.Subscription> subscriptions = new ArrayList<>();
    private final List<LiveChanges.Subscription> liveSubscriptions = new ArrayList<>();

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
        liveSubscriptions.forEach(LiveChanges.Subscription::cancel);
        liveSubscriptions.clear();
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
    void aUsersAccessChangeOnOneInstanceReachesTheOtherAsSuch() throws InterruptedException {
        var heardBySecond = new LinkedBlockingQueue<Change.UserAccessChanged>();
        var customersHeard = heardOn(second);
        liveSubscriptions.add(second.getBean(LiveChanges.class).subscribe(Change.UserAccessChanged.class,
                heardBySecond::add));
        var user = createUser(first, Role.CUSTOMER, createCustomerOn(first));
        customersHeard.clear();

        as(first, createUser(first, Role.ADMIN, null), () -> {
            first.getBean(UserAdminService.class).setEnabled(userId(user), false);
            return null;
        });

        assertThat(heardBySecond.poll(1, TimeUnit.SECONDS)).isEqualTo(new Change.UserAccessChanged(userId(user)));
        assertThat(customersHeard.poll(200, TimeUnit.MILLISECONDS)).as("a customer change").isNull();
    }

    @Test
    void listeningResumesAfterTheDatabaseDropsTheConnection() throws Exception {
        awaitListeners(2, terminateListeners());
        var heardBySecond = heardOn(second);

        long customerId = createCustomerOn(first);

        assertThat(heardBySecond.poll(1, TimeUnit.SECONDS)).isEqualTo(customerId);
    }

    @Test
    void theListenerStopsWithItsInstance() throws Exception {
        var database = new DataSourceProperties();
        database.setUrl(databaseUrl());
        var transport = new PostgresChangeTransport(new DriverManagerDataSource(databaseUrl()), database);
        var heard = new LinkedBlockingQueue<Change>();
        transport.onReceive(heard::add);

        transport.start();
        assertThat(countListeners(EVER)).isEqualTo(3);
        transport.send(new Change.CustomerChanged(-7));
        assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(new Change.CustomerChanged(-7));

        transport.stop();
        assertThat(transport.isRunning()).isFalse();
        awaitListeners(2, EVER);
    }

    private BlockingQueue<Long> heardOn(ConfigurableApplicationContext instance) {
        var heard = new LinkedBlockingQueue<Long>();
        subscriptions.add(instance.getBean(CustomerChanges.class).subscribe(heard::add));
        return heard;
    }

    private long createCustomerOn(ConfigurableApplicationContext instance) {
        return as(instance, ops, () -> new TestFixture(instance).customer("Live").id());
    }

    private static long userId(Authentication user) {
        return ((AppUserPrincipal) user.getPrincipal()).userId();
    }

    /** Ends the listeners' connections from the database side, as a restart or failover would. */
    private OffsetDateTime terminateListeners() throws SQLException {
        try (var connection = connectToDatabase(); var statement = connection.prepareStatement(
                "select now(), count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where datname = current_database() and application_name = ?")) {
            statement.setString(1, PostgresChangeTransport.LISTENER_NAME);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(2)).as("listeners terminated").isEqualTo(2);
                return rows.getObject(1, OffsetDateTime.class);
            }
        }
    }

    private void awaitListeners(int expected, OffsetDateTime connectedAfter) throws Exception {
        var limit = Duration.ofSeconds(15);
        long deadline = System.nanoTime() + limit.toNanos();
        while (countListeners(connectedAfter) != expected) {
            assertThat(System.nanoTime()).as(expected + " listeners within " + limit).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int countListeners(OffsetDateTime connectedAfter) throws SQLException {
        try (var connection = connectToDatabase(); var statement = connection.prepareStatement(
                "select count(*) from pg_stat_activity "
                        + "where datname = current_database() and application_name = ? and backend_start > ?")) {
            statement.setString(1, PostgresChangeTransport.LISTENER_NAME);
            statement.setObject(2, connectedAfter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
