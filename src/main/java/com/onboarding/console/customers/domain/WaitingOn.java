package com.onboarding.console.customers.domain;

/** Whose move it is on a customer's checklist. */
public enum WaitingOn {
    CUSTOMER,
    OPS,
    NOBODY
}
