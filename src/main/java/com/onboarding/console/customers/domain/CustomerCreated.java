package com.onboarding.console.customers.domain;

/** Published inside the creating transaction, so the checklist is created with the customer or not at all. */
public record CustomerCreated(long customerId) {
}
