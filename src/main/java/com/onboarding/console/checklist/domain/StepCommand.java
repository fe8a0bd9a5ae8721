package com.onboarding.console.checklist.domain;

/** What a person can do to a step; the checklist shows only the buttons for the commands allowed now. */
public enum StepCommand {
    CONFIRM("Confirm", "confirmed"),
    SKIP("Skip", "skipped"),
    REOPEN("Reopen", "reopened"),
    RUN_ACTION("Run", "run"),
    RETRY("Retry", "run"),
    VERIFY("Verify", "verified"),
    /** Asks AWS how a call ended that never reported back (the console stopped during it). */
    SETTLE("Check in AWS", "checked"),
    ADD_NOTE("Add note", "noted");

    private final String label;
    private final String pastTense;

    StepCommand(String label, String pastTense) {
        this.label = label;
        this.pastTense = pastTense;
    }

    public String label() {
        return label;
    }

    public String pastTense() {
        return pastTense;
    }

    /** Commands only AWS Ops and administrators give: the console's own AWS actions, and reopening a done step. */
    public boolean staffOnly() {
        return this == RUN_ACTION || this == RETRY || this == REOPEN || this == SETTLE;
    }
}
