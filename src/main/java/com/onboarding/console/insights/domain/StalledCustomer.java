package com.onboarding.console.insights.domain;

import com.onboarding.console.customers.domain.WaitingOn;
import java.time.Instant;

/** A customer whose steps have not changed for longer than their phase allows. */
public record StalledCustomer(long customerId, String name, int phase, WaitingOn waitingOn, Instant lastChange,
        long daysStalled) {
}
