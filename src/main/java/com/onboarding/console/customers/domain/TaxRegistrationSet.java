package com.onboarding.console.customers.domain;

/** The console set the customer's tax registration with AWS (step 3.2): what it set, to compare with later. */
public record TaxRegistrationSet(long customerId, String registrationId, String legalName) {
}
