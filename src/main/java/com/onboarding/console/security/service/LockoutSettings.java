package com.onboarding.console.security.service;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures failed logins for one username within {@code window} that lock it
 * @param window how far back failed logins count
 * @param duration how long a locked username stays locked
 */
@ConfigurationProperties("console.security.lockout")
public record LockoutSettings(int maxFailures, Duration window, Duration duration) {

    public LockoutSettings(int maxFailures, @Nullable Duration window, @Nullable Duration duration) {
        this.maxFailures = maxFailures > 0 ? maxFailures : 5;
        this.window = window == null || window.isNegative() || window.isZero() ? Duration.ofMinutes(15) : window;
        this.duration = duration == null || duration.isNegative() || duration.isZero()
                ? Duration.ofMinutes(15) : duration;
    }
}
