package com.onboarding.console.checklist.domain;

/** A step reached DONE or SKIPPED; published after the change commits. */
public record StepCompleted(long customerId, StepCode code, String by) {
}
