package com.onboarding.console.customers.domain;

/** Whose move it is on a customer's checklist. */
public enum WaitingOn {
    CUSTOMER("Customer"),
    OPS("Ops"),
    NOBODY("Complete");

    private final String label;

    WaitingOn(String label) {
        this.label = label;
    }

    /** As the list and its export show it. */
    public String label() {
        return label;
    }
}
