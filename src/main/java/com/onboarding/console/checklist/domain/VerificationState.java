package com.onboarding.console.checklist.domain;

/**
 * What AWS last said about a step, kept apart from its status: a person may confirm a step before the
 * console has any access to the account, and a done step may drift later.
 */
public enum VerificationState {
    UNVERIFIED("Not verified"),
    VERIFIED("Verified"),
    MISMATCH("Mismatch"),
    ERROR("Check failed");

    private final String label;

    VerificationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
