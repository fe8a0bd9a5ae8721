package com.onboarding.console.insights.service;

import com.onboarding.console.checklist.domain.StepCatalog;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param stalledAfter per phase, in phase order: how long a customer's steps may stand still before the customer
 *     counts as stalled. Phase 1 is the customer's own work, done between other duties; later phases are the
 *     reseller's and should move within days.
 */
@ConfigurationProperties("console.insights")
public record InsightsSettings(@DefaultValue({"5d", "2d", "2d"}) List<Duration> stalledAfter) {

    public InsightsSettings {
        if (stalledAfter.size() != StepCatalog.phases()
                || stalledAfter.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("console.insights.stalled-after needs " + StepCatalog.phases()
                    + " positive durations, one per phase in phase order (e.g. 5d,2d,2d), not " + stalledAfter);
        }
        stalledAfter = List.copyOf(stalledAfter);
    }

    public Duration stalledAfter(int phase) {
        return stalledAfter.get(Math.clamp(phase, 1, stalledAfter.size()) - 1);
    }
}
