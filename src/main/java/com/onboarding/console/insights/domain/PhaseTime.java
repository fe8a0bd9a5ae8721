package com.onboarding.console.insights.domain;

/** How long customers spent in a phase, for phases finished in the period. */
public record PhaseTime(int phase, Spread spread) {

    public String label() {
        return "Phase " + phase;
    }
}
