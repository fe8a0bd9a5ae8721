package com.onboarding.console.insights.domain;

import com.onboarding.console.customers.domain.WaitingOn;
import java.time.Instant;

/**
 * A customer whose steps have not changed for longer than their phase allows.
 *
 * @param remindersOff the CSM switched off the e-mail reminders to the customer
 */
public record StalledCustomer(long customerId, String name, int phase, WaitingOn waitingOn, Instant lastChange,
        long daysStalled, boolean remindersOff) {

    /** Reminders go to customers in phase 1 alone, the phase of their own work. */
    public boolean remindable() {
        return phase == 1;
    }
}
