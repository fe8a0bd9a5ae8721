package com.onboarding.console.notifications.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders to customers whose phase-1 steps have stopped moving, and the CSMs' digest of them.
 *
 * @param stalledAfter how long without a change makes a customer stalled; also the least time between two
 *     reminders to one customer
 * @param cron when the reminders and digests go out, in UTC (daily)
 */
@ConfigurationProperties("console.reminders")
public record ReminderSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5d") Duration stalledAfter,
        @DefaultValue(DEFAULT_CRON) String cron) {

    /** Daily at 08:00 UTC. */
    public static final String DEFAULT_CRON = "0 0 8 * * *";

    public ReminderSettings {
        if (stalledAfter.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("console.reminders.stalled-after is " + stalledAfter
                    + ": use one day or more, such as 5d.");
        }
    }
}
