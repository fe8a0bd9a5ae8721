package com.onboarding.console.customers.domain;

import java.time.Instant;

/** AWS Organizations named the customer's management account while a step was verified. */
public record OrganizationChecked(long customerId, String managementAccountId, Instant at) {
}
