package com.onboarding.console.checklist.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * The scheduled fleet re-verification (drift check).
 *
 * @param enabled off in the demo mode unless switched on
 * @param cron when it runs, in UTC (Spring's six fields: second minute hour day month weekday)
 */
@ConfigurationProperties("console.drift-check")
public record DriftCheckSettings(@DefaultValue("true") boolean enabled, @DefaultValue(DEFAULT_CRON) String cron) {

    /** Nightly at 02:00 UTC. */
    public static final String DEFAULT_CRON = "0 0 2 * * *";

    public DriftCheckSettings {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("console.drift-check.cron is \"" + cron + "\": use six fields,"
                    + " second minute hour day month weekday, such as \"" + DEFAULT_CRON + "\" for nightly at 02:00.");
        }
    }
}
