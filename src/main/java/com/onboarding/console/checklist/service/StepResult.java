package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.VerificationState;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an AWS action or check of one step, as the person who pressed the button is told.
 *
 * @param errorId set when the console itself failed (an unexpected exception, the database refusing the
 *     write): the log has the details under this id
 * @param awsAnswer what AWS answered to a failed call, under the error id the message names: for staff only
 * @param awsErrorCode the AWS error code of that answer, which the insights count
 */
public record StepResult(StepCode code, VerificationState verification, String message, @Nullable String errorId,
        @Nullable String awsAnswer, @Nullable String awsErrorCode) {

    public StepResult(StepCode code, VerificationState verification, String message) {
        this(code, verification, message, null, null, null);
    }

    public StepResult(StepCode code, VerificationState verification, String message, @Nullable String errorId) {
        this(code, verification, message, errorId, null, null);
    }

    /** The same outcome with another message. */
    public StepResult withMessage(String newMessage) {
        return new StepResult(code, verification, newMessage, errorId, awsAnswer, awsErrorCode);
    }

    public boolean ok() {
        return verification == VerificationState.VERIFIED;
    }
}
