package com.onboarding.console.checklist.domain;

import com.onboarding.console.security.domain.Role;

/**
 * Who may give which command on which step, whatever state the step is in. The checklist's buttons and the
 * service's checks both come from here: the step's owner role acts on it, OPS and administrators may also
 * help with customer steps, and everyone who sees the customer may add a note.
 */
public final class StepPermissions {

    private StepPermissions() {
    }

    public static boolean isStaff(Role role) {
        return role == Role.OPS || role == Role.ADMIN;
    }

    /** Whether the role works on the step at all (notes aside). */
    public static boolean mayAct(StepDefinition step, Role role) {
        return role == Role.ADMIN || role == step.owner() || (step.isCustomerStep() && role == Role.OPS);
    }

    /** Whether the role may ever give the command on the step; the step's state decides whether now. */
    public static boolean mayEverGive(StepDefinition step, Role role, StepCommand command) {
        if (command == StepCommand.ADD_NOTE) {
            return true;
        }
        return mayAct(step, role) && (!command.staffOnly() || isStaff(role));
    }

    /** Whose move a step is: its owner's, and an administrator may make anyone's. */
    public static boolean isMove(StepDefinition step, Role role) {
        return role == Role.ADMIN || role == step.owner();
    }
}
