package com.onboarding.console.checklist.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param verifyConcurrency how many AWS checks of one customer run at once ("Verify all")
 * @param fleetConcurrency how many customers a fleet re-verification checks at once
 * @param staleClaimAfter an IN_PROGRESS claim older than this belongs to a call that never reported back
 */
@ConfigurationProperties("console.checklist")
public record ChecklistSettings(int verifyConcurrency, int fleetConcurrency, Duration staleClaimAfter) {

    public ChecklistSettings {
        verifyConcurrency = verifyConcurrency > 0 ? verifyConcurrency : 16;
        fleetConcurrency = fleetConcurrency > 0 ? fleetConcurrency : 8;
        staleClaimAfter = staleClaimAfter != null ? staleClaimAfter : Duration.ofMinutes(5);
    }
}
