package com.onboarding.console.checklist.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fleetConcurrency how many customers a fleet re-verification checks at once
 * @param staleClaimAfter an IN_PROGRESS claim older than this belongs to a call that never reported back
 */
@ConfigurationProperties("console.checklist")
public record ChecklistSettings(int fleetConcurrency, Duration staleClaimAfter) {

    public ChecklistSettings {
        fleetConcurrency = fleetConcurrency > 0 ? fleetConcurrency : 8;
        staleClaimAfter = staleClaimAfter != null ? staleClaimAfter : Duration.ofMinutes(5);
    }
}
