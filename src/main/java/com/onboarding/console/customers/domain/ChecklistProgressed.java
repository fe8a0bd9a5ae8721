package com.onboarding.console.customers.domain;

import java.time.Instant;

/** A customer's checklist changed: the customer's row takes its new standing, in the same transaction. */
public record ChecklistProgressed(long customerId, ChecklistProgress progress, Instant at) {
}
