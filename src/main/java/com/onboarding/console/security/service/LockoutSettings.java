package com.onboarding.console.security.service;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Three limits, so that someone who knows a username can lock it only from their own address, and an address
 * that tries many usernames is stopped too, while the username's owner still logs in from elsewhere.
 *
 * @param maxFailures failed logins of one username from one address within {@code window} that lock the
 *        username for that address
 * @param maxFailuresPerAddress failed logins from one address, of any usernames, that lock the address
 * @param maxFailuresPerUsername failed logins of one username, from any addresses, that lock it everywhere
 * @param window how far back failed logins count
 * @param duration how long a lock lasts
 */
@ConfigurationProperties("console.security.lockout")
public record LockoutSettings(int maxFailures, int maxFailuresPerAddress, int maxFailuresPerUsername,
        Duration window, Duration duration) {

    public LockoutSettings(int maxFailures, int maxFailuresPerAddress, int maxFailuresPerUsername,
            @Nullable Duration window, @Nullable Duration duration) {
        this.maxFailures = maxFailures > 0 ? maxFailures : 5;
        this.maxFailuresPerAddress = maxFailuresPerAddress > 0 ? maxFailuresPerAddress : 20;
        this.maxFailuresPerUsername = maxFailuresPerUsername > 0 ? maxFailuresPerUsername : 50;
        this.window = window == null || window.isNegative() || window.isZero() ? Duration.ofMinutes(15) : window;
        this.duration = duration == null || duration.isNegative() || duration.isZero()
                ? Duration.ofMinutes(15) : duration;
    }
}
