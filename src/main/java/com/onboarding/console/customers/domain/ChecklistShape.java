package com.onboarding.console.customers.domain;

/** How a checklist is laid out, as the checklist feature's step catalog says; lists filter by its phases. */
public interface ChecklistShape {

    int phases();
}
