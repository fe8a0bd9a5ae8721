package com.onboarding.console.customers.domain;

/** A checklist's standing as lists show it, out of the steps the checklist has. */
public record ChecklistProgress(int completedSteps, int totalSteps, int failedSteps, int currentPhase,
        WaitingOn waitingOn) {

    public int percent() {
        return totalSteps == 0 ? 0 : completedSteps * 100 / totalSteps;
    }
}
