package com.onboarding.console.customers.domain;

/** A checklist's standing as lists show it. */
public record ChecklistProgress(int completedSteps, int failedSteps, int currentPhase, WaitingOn waitingOn) {

    /** Every customer's checklist has this many steps. */
    public static final int TOTAL_STEPS = 16;

    /** ... in this many phases. */
    public static final int PHASES = 3;

    public int percent() {
        return percentOf(completedSteps);
    }

    public static int percentOf(int completedSteps) {
        return completedSteps * 100 / TOTAL_STEPS;
    }
}
