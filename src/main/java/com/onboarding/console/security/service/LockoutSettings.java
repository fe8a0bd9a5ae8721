package com.onboarding.console.security.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
public record LockoutSettings(@DefaultValue("5") Integer maxFailures, @DefaultValue("20") Integer maxFailuresPerAddress,
        @DefaultValue("50") Integer maxFailuresPerUsername, @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration duration) {

    // Whole numbers that may be absent: an empty LOCKOUT_* variable leaves the default in place.
    public LockoutSettings {
        for (var limit : new Integer[] {maxFailures, maxFailuresPerAddress, maxFailuresPerUsername}) {
            if (limit < 1) {
                throw new IllegalArgumentException("console.security.lockout: a number of failed logins is " + limit
                        + ": use 1 or more.");
            }
        }
        if (window.isNegative() || window.isZero() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("console.security.lockout.window and .duration must be longer than"
                    + " zero, such as 15m.");
        }
    }
}
