package com.onboarding.console.checklist.domain;

import com.onboarding.console.customers.domain.ChecklistProgress;
import com.onboarding.console.customers.domain.WaitingOn;

/**
 * What the customer's row keeps of its checklist: how many steps are complete or failed, the phase the onboarding
 * is in, whom it waits on, and when phases and steps were settled (see {@link SettleTimes}).
 */
final class ProgressSummary {

    private ProgressSummary() {
    }

    static ChecklistProgress of(Checklist checklist) {
        var steps = checklist.steps();
        int completed = (int) steps.stream().filter(s -> s.getStatus().isComplete()).count();
        int failed = (int) steps.stream().filter(s -> s.getStatus() == StepStatus.FAILED).count();
        int currentPhase = 1;
        while (currentPhase < StepCatalog.phases() && checklist.isPhaseComplete(currentPhase)) {
            currentPhase++;
        }
        WaitingOn waitingOn;
        if (completed == steps.size()) {
            waitingOn = WaitingOn.NOBODY;
        } else {
            var firstIncomplete = firstIncompletePhase(checklist);
            waitingOn = steps.stream()
                    .filter(s -> !s.getStatus().isComplete() && s.definition().phase() == firstIncomplete)
                    .anyMatch(s -> s.definition().isCustomerStep()) ? WaitingOn.CUSTOMER : WaitingOn.OPS;
        }
        return new ChecklistProgress(completed, steps.size(), failed, currentPhase, waitingOn,
                SettleTimes.phasesCompletedAt(checklist), SettleTimes.lastChange(steps));
    }

    private static int firstIncompletePhase(Checklist checklist) {
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            if (!checklist.isPhaseComplete(phase)) {
                return phase;
            }
        }
        return StepCatalog.phases();
    }
}
