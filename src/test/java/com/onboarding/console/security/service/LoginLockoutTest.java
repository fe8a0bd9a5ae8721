package com.onboarding.console.security.service;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.MovableClock;
import com.onboarding.console.security.domain.LoginMark.Kind;
import com.onboarding.console.security.domain.LoginMarkRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The lockout rules on a clock the test moves. */
class LoginLockoutTest extends ConsoleTest {

    private static final String HOME = "198.51.100.1";
    private static final String OFFICE = "198.51.100.2";

    @Autowired
    private LoginMarkRepository marks;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private LoginLockout lockout;
    private String username;

    @BeforeEach
    void setUp() {
        // 5 per username and address, 8 per address, 12 per username.
        lockout = new LoginLockout(marks, new LockoutSettings(5, 8, 12, Duration.ofMinutes(15),
                Duration.ofMinutes(15)), clock, transactionManager);
        username = unique("lock.me");
    }

    @Test
    void fiveFailuresWithinTheWindowLockTheUsernameForThatAddressForTheDuration() {
        for (int i = 1; i <= 4; i++) {
            assertThat(fail(username, HOME)).as("failure %d", i).isEmpty();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(locked(username, HOME)).isFalse();
        var start = clock.instant();
        assertThat(fail(username, HOME)).contains(start.plus(Duration.ofMinutes(15)));
        assertThat(locked(username, HOME)).isTrue();
        assertThat(lockout.begin(username, HOME)).isEmpty();
        // The owner of the username still logs in from elsewhere.
        assertThat(locked(username, OFFICE)).isFalse();
        assertThat(lockout.begin(username, OFFICE)).isPresent();

        clock.advance(Duration.ofMinutes(14));
        assertThat(locked(username, HOME)).isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(locked(username, HOME)).isFalse();
        // The count starts afresh after the lock.
        assertThat(fail(username, HOME)).isEmpty();
        assertThat(locked(username, HOME)).isFalse();
    }

    @Test
    void checksRefusedWhileLockedAreNotCountedAndDoNotLengthenTheLock() {
        failTimes(username, HOME, 5);
        for (int i = 0; i < 10; i++) {
            assertThat(lockout.begin(username, HOME)).isEmpty();
        }
        assertThat(marks.countByUsernameAndKindAndAtAfter(username, Kind.FAILURE, Instant.EPOCH)).isZero();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(locked(username, HOME)).isFalse();
    }

    @Test
    void anAddressTryingManyUsernamesIsLockedForEveryUsername() {
        var address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 7; i++) {
            assertThat(fail(unique("guess"), address)).isEmpty();
        }
        assertThat(fail(unique("guess"), address)).isPresent();
        assertThat(locked(unique("never.tried"), address)).isTrue();
        assertThat(locked(unique("never.tried"), OFFICE)).isFalse();
    }

    @Test
    void aUsernameFailingFromManyAddressesIsLockedEverywhere() {
        for (int i = 0; i < 11; i++) {
            assertThat(fail(username, "198.18.0." + i)).isEmpty();
        }
        assertThat(locked(username, OFFICE)).isFalse();
        assertThat(fail(username, "198.18.0.99")).isPresent();
        assertThat(locked(username, OFFICE)).isTrue();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        failTimes(username, HOME, 4);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(fail(username, HOME)).isEmpty();
        assertThat(locked(username, HOME)).isFalse();
    }

    @Test
    void successForgetsEarlierFailures() {
        failTimes(username, HOME, 4);
        lockout.succeeded(lockout.begin(username, HOME).orElseThrow());
        assertThat(fail(username, HOME)).isEmpty();
        assertThat(locked(username, HOME)).isFalse();
    }

    @Test
    void locksOfOtherUsernamesDoNotMatter() {
        failTimes(username, HOME, 5);
        assertThat(locked(username + "x", HOME)).isFalse();
    }

    private void failTimes(String who, String address, int times) {
        for (int i = 0; i < times; i++) {
            fail(who, address);
        }
    }

    private Optional<Instant> fail(String who, String address) {
        return lockout.failed(lockout.begin(who, address).orElseThrow(() -> new AssertionError("refused")));
    }

    private boolean locked(String who, String address) {
        return lockout.lockedUntil(who, address).isPresent();
    }
}
