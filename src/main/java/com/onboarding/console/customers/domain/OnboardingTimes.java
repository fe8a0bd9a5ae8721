package com.onboarding.console.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When the customer's checklist reached each stage, kept on the customer's row so that the insights count and
 * measure one row per customer instead of every step (see docs/decisions/insights-from-customer-rows.md).
 */
@Embeddable
public class OnboardingTimes {

    /** The phases the row has a column for; the step catalog has as many. */
    public static final int PHASES = 3;

    @Column(name = "phase1_completed_at")
    private @Nullable Instant phase1CompletedAt;

    @Column(name = "phase2_completed_at")
    private @Nullable Instant phase2CompletedAt;

    @Column(name = "phase3_completed_at")
    private @Nullable Instant phase3CompletedAt;

    @Column(name = "onboarded_at")
    private @Nullable Instant onboardedAt;

    @Column(name = "steps_changed_at")
    private @Nullable Instant stepsChangedAt;

    protected OnboardingTimes() {
        // for JPA
    }

    static OnboardingTimes of(ChecklistProgress progress) {
        var phases = progress.phasesCompletedAt();
        if (phases.size() != PHASES) {
            throw new IllegalStateException("The customer row keeps the completion times of " + PHASES
                    + " phases, but the checklist has " + phases.size());
        }
        var times = new OnboardingTimes();
        times.phase1CompletedAt = phases.get(0);
        times.phase2CompletedAt = phases.get(1);
        times.phase3CompletedAt = phases.get(2);
        times.onboardedAt = progress.onboardedAt();
        times.stepsChangedAt = progress.stepsChangedAt();
        return times;
    }
}
