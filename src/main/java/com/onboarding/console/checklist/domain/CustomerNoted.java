package com.onboarding.console.checklist.domain;

/** A customer's user added a note to a step; published in the note's transaction. */
public record CustomerNoted(long customerId, StepCode code, String by, String text) {
}
