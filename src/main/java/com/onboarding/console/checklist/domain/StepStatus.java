package com.onboarding.console.checklist.domain;

/** Where a step stands. DONE and SKIPPED complete it. */
public enum StepStatus {
    TODO("To do"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    SKIPPED("Skipped"),
    FAILED("Failed");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isComplete() {
        return this == DONE || this == SKIPPED;
    }

    /** A step that can be started, confirmed or skipped from here. */
    public boolean isOpen() {
        return this == TODO || this == FAILED;
    }
}
