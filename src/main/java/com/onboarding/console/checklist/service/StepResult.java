package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.VerificationState;

/** The outcome of an AWS action or check of one step, as the person who pressed the button is told. */
public record StepResult(String code, VerificationState verification, String message) {

    public boolean ok() {
        return verification == VerificationState.VERIFIED;
    }
}
