package com.onboarding.console.checklist.domain;

import com.onboarding.console.security.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * One step of the onboarding checklist as the catalog defines it. Title and help are templates whose
 * {placeholders} {@link StepNames} fills with the customer's and the configuration's names.
 *
 * @param name what the step is in general, e.g. "Create the platform IAM role"
 * @param confirmable whether a person may mark it done by hand (an AWS action with no such way must be run)
 * @param consolePage where in the AWS console a person does the step, if a person does it there
 * @param input the value a person gives when confirming the step, if it asks for one
 */
public record StepDefinition(StepCode code, Role owner, String name, String title, String help, StepKind kind,
        boolean skippable, boolean confirmable, @Nullable Automation automation,
        @Nullable AwsConsolePage consolePage, @Nullable StepInput input) {

    /** The same step, asking for {@code value} when it is confirmed. */
    public StepDefinition asking(StepInput value) {
        return new StepDefinition(code, owner, name, title, help, kind, skippable, confirmable, automation,
                consolePage, value);
    }

    public int phase() {
        return code.phase();
    }

    public boolean isCustomerStep() {
        return owner == Role.CUSTOMER;
    }

    public String title(StepNames names) {
        return names.fill(title);
    }

    public String help(StepNames names) {
        return names.fill(help);
    }
}
