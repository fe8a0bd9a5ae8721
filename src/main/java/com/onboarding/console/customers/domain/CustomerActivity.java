package com.onboarding.console.customers.domain;

import java.time.Instant;

/** Someone worked on a customer without changing a step, e.g. wrote a note: it counts as the last activity. */
public record CustomerActivity(long customerId, Instant at) {
}
