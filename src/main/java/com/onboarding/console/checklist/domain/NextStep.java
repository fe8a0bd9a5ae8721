package com.onboarding.console.checklist.domain;

import com.onboarding.console.security.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * What one user's next move on a checklist is: a step and the button that does it, or whom the onboarding
 * waits on, or nothing because every step is complete.
 *
 * @param step the step to act on, or the step the onboarding waits for
 * @param command the button to press, for {@link Kind#ACT} only
 * @param waitingOn whose move it is, for {@link Kind#WAIT} only
 */
public record NextStep(Kind kind, @Nullable StepCode step, @Nullable StepCommand command, @Nullable Role waitingOn) {

    /** The three answers. */
    public enum Kind {
        ACT,
        WAIT,
        COMPLETE
    }

    static NextStep act(StepCode step, StepCommand command) {
        return new NextStep(Kind.ACT, step, command, null);
    }

    static NextStep waitFor(StepCode step, Role owner) {
        return new NextStep(Kind.WAIT, step, null, owner);
    }

    static NextStep complete() {
        return new NextStep(Kind.COMPLETE, null, null, null);
    }
}
