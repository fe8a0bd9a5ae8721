package com.onboarding.console.checklist.service;

import com.onboarding.console.base.domain.UserFacingException;

/**
 * A step change refused because the step moved on since the person looked at it (another user, another
 * tab, an AWS call in progress). The view refreshes and shows the current state.
 */
public class StepConflictException extends RuntimeException implements UserFacingException {

    public StepConflictException(String message) {
        super(message);
    }
}
