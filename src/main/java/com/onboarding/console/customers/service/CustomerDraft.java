package com.onboarding.console.customers.service;

import com.onboarding.console.customers.domain.Customer;
import org.jspecify.annotations.Nullable;

/** A customer as typed into the form, not yet checked. A blank root email is generated from the template. */
public record CustomerDraft(@Nullable String name, @Nullable String accountId, @Nullable Long csmUserId,
        @Nullable String billingCountry, @Nullable String rootEmail, @Nullable String payerAccountId,
        @Nullable String notes) {

    /** The customer as saved, for a form that edits it. */
    public static CustomerDraft of(Customer customer) {
        return new CustomerDraft(customer.getName(), customer.getAccountId(), customer.getCsmUserId(),
                customer.getBillingCountry(), customer.getRootEmail(), customer.getPayerAccountId(),
                customer.getNotes());
    }
}
