package com.onboarding.console.payer;

import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Customers of the payer tests, with account ids, names and usernames no other test uses. */
public final class PayerTestData {

    private final CustomerService customers;

    public PayerTestData(CustomerService customers) {
        this.customers = customers;
    }

    /** A random id starting with 9, which none of the configured consolidated payers does. */
    public static String newAccountId() {
        return "9" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 100_000_000_000L);
    }

    /** A random id starting with 8: a payer account of another reseller. */
    public static String newOtherResellerPayer() {
        return "8" + newAccountId().substring(1);
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + randomSuffix();
    }

    public static String newUsername() {
        return "payer-" + randomSuffix();
    }

    /** Needs a staff user logged in, as creating a customer does. */
    public Customer customer(String name, @Nullable String payerAccountId) {
        return customers.create(new CustomerDraft(name, newAccountId(), null, "DE", null, payerAccountId, null));
    }

    private static String randomSuffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
