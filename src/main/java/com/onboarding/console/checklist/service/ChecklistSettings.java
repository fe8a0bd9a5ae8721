package com.onboarding.console.checklist.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fleetConcurrency how many customers a fleet re-verification checks at once
 * @param staleClaimAfter an IN_PROGRESS claim older than this belongs to a call that never reported back
 */
@ConfigurationProperties("console.checklist")
public record ChecklistSettings(@DefaultValue("8") int fleetConcurrency, @DefaultValue("5m") Duration staleClaimAfter) {

    public ChecklistSettings {
        if (fleetConcurrency < 1) {
            throw new IllegalArgumentException("console.checklist.fleet-concurrency is " + fleetConcurrency
                    + ": use 1 or more.");
        }
        if (staleClaimAfter.isNegative() || staleClaimAfter.isZero()) {
            throw new IllegalArgumentException("console.checklist.stale-claim-after must be longer than zero, such"
                    + " as 5m.");
        }
    }
}
