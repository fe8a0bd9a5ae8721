package com.onboarding.console.checklist.domain;

/** How a step gets done. */
public enum StepKind {
    /** A person does it and confirms, with an optional note. */
    MANUAL,
    /** A button calls AWS to do it, then verifies. */
    AWS_ACTION,
    /** A person does it; AWS confirms it. */
    AWS_VERIFY
}
