package com.onboarding.console.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * The checklist's progress as the customer's row keeps it, so that lists sort and filter by it in SQL. Only the
 * checklist's {@link ChecklistProgress} sets it; a new customer has completed nothing and the move is theirs.
 */
@Embeddable
class RecordedProgress {

    @Column(name = "completed_steps", nullable = false)
    private int completedSteps;

    @Column(name = "progress_percent", nullable = false)
    private int percent;

    @Column(name = "failed_steps", nullable = false)
    private int failedSteps;

    @Column(name = "current_phase", nullable = false)
    private int currentPhase = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_on", nullable = false, length = 16)
    private WaitingOn waitingOn = WaitingOn.CUSTOMER;

    // Hibernate loads an embedded value whose columns are all null as null.
    @Embedded
    private @Nullable OnboardingTimes times;

    RecordedProgress() {
        // for JPA and a new customer
    }

    static RecordedProgress of(ChecklistProgress progress) {
        var recorded = new RecordedProgress();
        recorded.completedSteps = progress.completedSteps();
        recorded.percent = progress.percent();
        recorded.failedSteps = progress.failedSteps();
        recorded.currentPhase = progress.currentPhase();
        recorded.waitingOn = progress.waitingOn();
        recorded.times = OnboardingTimes.of(progress);
        return recorded;
    }

    int completedSteps() {
        return completedSteps;
    }

    int percent() {
        return percent;
    }

    int failedSteps() {
        return failedSteps;
    }

    int currentPhase() {
        return currentPhase;
    }

    WaitingOn waitingOn() {
        return waitingOn;
    }
}
