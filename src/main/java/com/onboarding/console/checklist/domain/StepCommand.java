package com.onboarding.console.checklist.domain;

/** What a person can do to a step; the checklist shows only the buttons for the commands allowed now. */
public enum StepCommand {
    CONFIRM("Confirm"),
    SKIP("Skip"),
    REOPEN("Reopen"),
    RUN_ACTION("Run"),
    RETRY("Retry"),
    VERIFY("Verify"),
    ADD_NOTE("Add note");

    private final String label;

    StepCommand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
