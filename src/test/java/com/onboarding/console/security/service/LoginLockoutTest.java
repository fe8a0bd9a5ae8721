package com.onboarding.console.security.service;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.security.domain.LoginMarkRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The lockout rules on a clock the test moves. */
class LoginLockoutTest extends ConsoleTest {

    @Autowired
    private LoginMarkRepository marks;
    @Autowired
    private TransactionTemplate transactions;

    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private LoginLockout lockout;
    private String username;

    @BeforeEach
    void setUp() {
        lockout = new LoginLockout(marks, new LockoutSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        username = unique("lock.me");
    }

    @Test
    void fiveFailuresWithinTheWindowLockForTheDuration() {
        for (int i = 1; i <= 4; i++) {
            assertThat(fail()).as("failure %d", i).isEmpty();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(locked()).isFalse();
        var start = clock.instant();
        assertThat(fail()).contains(start.plus(Duration.ofMinutes(15)));
        assertThat(locked()).isTrue();
        // The lock is per username, whatever the case and spaces typed.
        assertThat(tx(() -> lockout.lockedUntil("  " + username.toUpperCase() + " "))).isPresent();

        clock.advance(Duration.ofMinutes(14));
        assertThat(locked()).isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(locked()).isFalse();
        // The count starts afresh after the lock.
        assertThat(fail()).isEmpty();
        assertThat(locked()).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        failTimes(4);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(fail()).isEmpty();
        assertThat(locked()).isFalse();
    }

    @Test
    void successForgetsEarlierFailures() {
        failTimes(4);
        transactions.executeWithoutResult(tx -> lockout.recordSuccess(username));
        assertThat(fail()).isEmpty();
        assertThat(locked()).isFalse();
    }

    @Test
    void locksOfOtherUsernamesDoNotMatter() {
        failTimes(5);
        assertThat(tx(() -> lockout.lockedUntil(username + "x"))).isEmpty();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            fail();
        }
    }

    private Optional<Instant> fail() {
        return tx(() -> lockout.recordFailure(username));
    }

    private boolean locked() {
        return tx(() -> lockout.lockedUntil(username)).isPresent();
    }

    private <T> T tx(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** A clock the test sets forward. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
