package com.onboarding.console.customers.service;

import org.jspecify.annotations.Nullable;

/** A customer as typed into the form, not yet checked. A blank root email is generated from the template. */
public record CustomerDraft(@Nullable String name, @Nullable String accountId, @Nullable Long csmUserId,
        @Nullable String billingCountry, @Nullable String rootEmail, @Nullable String payerAccountId,
        @Nullable String notes) {
}
