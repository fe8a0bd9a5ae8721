package com.onboarding.console.checklist.domain;

/** The last open step of a phase was completed; published after the change commits. */
public record PhaseCompleted(long customerId, int phase, String by) {
}
