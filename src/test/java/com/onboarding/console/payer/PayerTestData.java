package com.onboarding.console.payer;

import com.onboarding.console.TestFixture;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import org.jspecify.annotations.Nullable;

/**
 * Customers of the payer tests. Account ids come from the shared fixture, so they are never one of the configured
 * consolidated payers, nor another test's customer.
 */
public final class PayerTestData {

    private final TestFixture fixture;

    public PayerTestData(TestFixture fixture) {
        this.fixture = fixture;
    }

    /** An account id no customer has. */
    public String newAccountId() {
        return fixture.accountId();
    }

    /** A payer account of another reseller: no customer of ours has it. */
    public String newOtherResellerPayer() {
        return fixture.accountId();
    }

    public static String uniqueName(String prefix) {
        return TestFixture.unique(prefix);
    }

    public static String newUsername() {
        return TestFixture.unique("payer");
    }

    /** Needs a staff user logged in, as creating a customer does. */
    public Customer customer(String name, @Nullable String payerAccountId) {
        return fixture.create(new CustomerDraft(name, newAccountId(), null, "DE", null, payerAccountId, null));
    }
}
