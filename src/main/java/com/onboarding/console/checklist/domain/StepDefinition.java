package com.onboarding.console.checklist.domain;

import com.onboarding.console.security.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * One step of the onboarding checklist as the catalog defines it.
 *
 * @param code phase and number, e.g. "2.3"
 * @param confirmable whether a person may mark it done by hand (an AWS action with no such way must be run)
 */
public record StepDefinition(String code, int phase, int number, Role owner, String title, String help,
        StepKind kind, boolean skippable, boolean confirmable, @Nullable Automation automation) {

    public boolean isCustomerStep() {
        return owner == Role.CUSTOMER;
    }
}
