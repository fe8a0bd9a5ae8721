package com.onboarding.console.customers;

import com.onboarding.console.customers.domain.ChecklistProgress;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Creates customers with names and account ids no other test uses, and sets their checklist standing. */
public final class TestCustomers {

    private final CustomerService customers;
    private final CustomerRepository repository;
    /** Shared by this fixture's customers, so a text filter finds exactly them. */
    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
    private final long accountBase = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) * 1000;
    private int next;

    public TestCustomers(CustomerService customers, CustomerRepository repository) {
        this.customers = customers;
        this.repository = repository;
    }

    public String prefix() {
        return prefix;
    }

    /** A 12-digit account id not used before. */
    public String newAccountId() {
        return Long.toString(accountBase + next++);
    }

    /** Creates "{prefix} {name}" as the logged-in user. */
    public Customer create(String name, @Nullable Long csmUserId) {
        return customers.create(new CustomerDraft(prefix + " " + name, newAccountId(), csmUserId, "DE", null, null,
                null));
    }

    /** Sets the columns the checklist service keeps, as if steps had been worked on. */
    public Customer progress(Customer customer, ChecklistProgress progress, Instant at) {
        var current = repository.findById(customer.id()).orElseThrow();
        current.recordProgress(progress, at);
        return repository.saveAndFlush(current);
    }
}
