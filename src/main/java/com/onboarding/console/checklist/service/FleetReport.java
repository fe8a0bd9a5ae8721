package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.VerificationState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fleet run as /fleet shows it on every instance: its progress and counts, and each step found not as it
 * should be.
 *
 * @param total the customers the run checks: those the console has access to (platform role step done)
 * @param skipped active customers left out because the console has no access to their account yet
 * @param abandoned the run stopped reporting (its instance stopped) and will not finish
 */
public record FleetReport(long id, String startedBy, Instant startedAt, @Nullable Instant finishedAt, boolean running,
        boolean abandoned, int total, int checked, int skipped, int mismatches, int errors, int drifts,
        List<Finding> findings) {

    /** One customer's step that AWS showed not as it should be. */
    public record Finding(long customerId, String customerName, String accountId, StepCode code, String stepTitle,
            VerificationState verification, boolean drift, String message) {
    }
}
