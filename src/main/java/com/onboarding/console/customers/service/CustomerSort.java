package com.onboarding.console.customers.service;

/** The columns the customers list sorts by. */
public enum CustomerSort {
    NAME("name"),
    ACCOUNT_ID("accountId"),
    PHASE("progress.currentPhase"),
    PROGRESS("progress.completedSteps"),
    LAST_ACTIVITY("lastActivityAt");

    private final String property;

    CustomerSort(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }
}
