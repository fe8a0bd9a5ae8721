package com.onboarding.console.customers.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A checklist's standing as lists and the insights show it, out of the steps the checklist has.
 *
 * @param phasesCompletedAt per phase, in phase order: when the last of its steps was settled, or null while one
 *     is still open
 * @param stepsChangedAt the latest change of any step, or null before the first
 */
public record ChecklistProgress(int completedSteps, int totalSteps, int failedSteps, int currentPhase,
        WaitingOn waitingOn, List<@Nullable Instant> phasesCompletedAt, @Nullable Instant stepsChangedAt) {

    public ChecklistProgress {
        // List.copyOf refuses nulls, and an open phase is one.
        phasesCompletedAt = Collections.unmodifiableList(new ArrayList<>(phasesCompletedAt));
    }

    public int percent() {
        return totalSteps == 0 ? 0 : completedSteps * 100 / totalSteps;
    }

    /** When the last phase to complete did, once every phase has; null before. */
    public @Nullable Instant onboardedAt() {
        if (phasesCompletedAt.isEmpty() || phasesCompletedAt.contains(null)) {
            return null;
        }
        return phasesCompletedAt.stream().map(Objects::requireNonNull).max(Instant::compareTo).orElseThrow();
    }
}
