package com.onboarding.console.insights.domain;

import org.jspecify.annotations.Nullable;

/**
 * One stage of the funnel: a phase, or complete.
 *
 * @param phase the phase, or null for customers whose every step is settled
 * @param current how many customers are at this stage now
 * @param entered how many reached it in the period
 */
public record FunnelStage(@Nullable Integer phase, long current, long entered) {

    public String label() {
        return phase == null ? "Complete" : "Phase " + phase;
    }
}
