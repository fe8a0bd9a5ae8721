package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.AwsConsolePage;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepKind;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.security.domain.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One step as one user sees it now. Two lines that are equal show the same: the page replaces a step's row
 * only when its line changed.
 *
 * @param settled whether the last verification stands for good (root MFA removed, after MFA was re-enabled)
 * @param allowed the commands this user may give on the step now
 * @param primary the command the step offers first, if any but a note
 * @param input the value the step asked for when it was confirmed, if it asks for one and was
 */
public record StepLine(StepCode code, String title, Role owner, StepKind kind, boolean automated, StepStatus status,
        VerificationState verification, boolean settled, @Nullable String message,
        @Nullable String verificationMessage, @Nullable Instant verificationAt, @Nullable String changedBy,
        @Nullable Instant changedAt, long version, Set<StepCommand> allowed, @Nullable StepCommand primary,
        @Nullable AwsConsolePage consolePage, @Nullable String input) {
}
