package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.StepCode;

/** What a step's AWS check says while it is still running, for the person who started it. */
@FunctionalInterface
public interface StepProgress {

    /** Nobody listens. */
    StepProgress NONE = (code, text) -> {
    };

    /** Called on the check's own thread: hand any UI work off. */
    void report(StepCode code, String text);
}
