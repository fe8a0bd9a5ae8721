package com.onboarding.console.base.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Several instances on one PostgreSQL database: a change is announced with NOTIFY and every instance,
 * this one included, hears it through LISTEN. Views are told only by the listener, so each change reaches
 * each view once, whichever instance made it.
 */
@Component
@ConditionalOnProperty(name = "console.live.transport", havingValue = "postgres")
class PostgresChangeTransport implements ChangeTransport, SmartLifecycle {

    static final String CHANNEL = "console_changes";
    static final String LISTENER_NAME = "console-live-updates";

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeTransport.class);
    private static final int POLL_MILLIS = 500;
    // An idle connection that a firewall dropped silently is only noticed when something is sent on it.
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(30);
    private static final int CHECK_TIMEOUT_SECONDS = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final DataSource pool;
    private final DataSourceProperties database;
    private volatile Consumer<Change> receiver = change -> { };
    private volatile boolean running;
    private volatile CountDownLatch listening = new CountDownLatch(1);
    private @Nullable Thread listener;

    PostgresChangeTransport(DataSource pool, DataSourceProperties database) {
        this.pool = pool;
        this.database = database;
    }

    @Override
    public void send(Change change) {
        try (var connection = pool.getConnection();
                var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, change.payload());
            statement.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // The change itself is saved; only its announcement is lost, and views show it on their next load.
            log.warn("Could not announce the change {} to other instances: {}", change,
                    e.getMessage());
        }
    }

    @Override
    public void onReceive(Consumer<Change> receiver) {
        this.receiver = receiver;
    }

    /** Starts listening and waits briefly for it, so that an instance that reports itself started hears changes. */
    @Override
    public synchronized void start() {
        running = true;
        listening = new CountDownLatch(1);
        var thread = Thread.ofPlatform().name(LISTENER_NAME).daemon().unstarted(this::listen);
        listener = thread;
        thread.start();
        try {
            if (!listening.await(STARTUP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Not yet listening to changes from other instances; still trying in the background");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        var thread = listener;
        listener = null;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        var backoff = FIRST_BACKOFF;
        while (running) {
            try (var connection = connect()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                log.info("Listening to changes from every instance");
                backoff = FIRST_BACKOFF;
                listening.countDown();
                receive(connection);
            } catch (SQLException e) {
                if (running) {
                    log.warn("Not hearing changes from other instances ({}); connecting again in {} s",
                            e.getMessage(), backoff.toSeconds());
                    pause(backoff);
                    var doubled = backoff.multipliedBy(2);
                    backoff = doubled.compareTo(MAX_BACKOFF) < 0 ? doubled : MAX_BACKOFF;
                }
            }
        }
    }

    /** Its own connection, outside the pool: it is held for the instance's lifetime. */
    private Connection connect() throws SQLException {
        var properties = new Properties();
        var username = database.determineUsername();
        var password = database.determinePassword();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.determineUrl(), properties);
    }

    private void receive(Connection connection) throws SQLException {
        var notifications = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] batch = notifications.getNotifications(POLL_MILLIS);
            if (batch != null && batch.length > 0) {
                for (var notification : batch) {
                    deliver(notification.getParameter());
                }
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard > CHECK_INTERVAL.toNanos()) {
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("the database stopped answering");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private void deliver(String payload) {
        var change = Change.parse(payload);
        if (change.isEmpty()) {
            log.warn("Ignored a change that names none: \"{}\"", payload);
            return;
        }
        try {
            receiver.accept(change.get());
        } catch (RuntimeException e) {
            // One failing view must not stop the updates of all others.
            log.error("A view failed to take the change {}", change.get(), e);
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
