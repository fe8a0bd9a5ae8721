package com.onboarding.console.customers.domain;

import com.onboarding.console.base.domain.AccountId;
import org.jspecify.annotations.Nullable;

/** What a person enters about a customer, already checked. */
public record CustomerDetails(String name, AccountId accountId, @Nullable Long csmUserId, String billingCountry,
        String rootEmail, @Nullable AccountId payerAccountId, @Nullable String notes) {
}
