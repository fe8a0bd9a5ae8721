package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.VerificationState;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an AWS action or check of one step, as the person who pressed the button is told.
 *
 * @param errorId set when the console itself failed (an unexpected exception, the database refusing the
 *     write): the log has the details under this id
 */
public record StepResult(StepCode code, VerificationState verification, String message, @Nullable String errorId) {

    public StepResult(StepCode code, VerificationState verification, String message) {
        this(code, verification, message, null);
    }

    public boolean ok() {
        return verification == VerificationState.VERIFIED;
    }
}
