package com.onboarding.console.customers.service;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How other features reach customers: they look them up through here, never through the repository. It has no
 * method security of its own because its callers are services that checked their caller already; it joins
 * their transaction.
 */
@Component
public class CustomerLookup {

    private final CustomerRepository customers;

    CustomerLookup(CustomerRepository customers) {
        this.customers = customers;
    }

    public Optional<Customer> find(long customerId) {
        return customers.findById(customerId);
    }

    /** The customer, or the one message for an id that names none. */
    public Customer require(long customerId) {
        return find(customerId).orElseThrow(() -> noSuchCustomer(customerId));
    }

    /** The customer, locked against other changes until the caller's transaction ends. */
    public Customer lockForChange(long customerId) {
        return customers.lockById(customerId).orElseThrow(() -> noSuchCustomer(customerId));
    }

    public List<Long> activeIds() {
        return customers.activeIds();
    }

    public List<Customer> findAll(Collection<Long> customerIds) {
        return customers.findAllById(customerIds);
    }

    /** Active customers still in phase 1 whose checklist has not moved since the given time. */
    public List<Customer> stalledInPhaseOne(Instant before) {
        return customers.stalledInPhaseOne(before);
    }

    /** Sets or clears the mark of a customer a drift check found drifted. */
    public void markDrifted(long customerId, boolean drifted) {
        customers.setDrifted(customerId, drifted);
    }

    public void markReminded(long customerId, Instant at) {
        customers.markReminded(customerId, at);
    }

    public Optional<Customer> byAccountId(String accountId) {
        return customers.findByAccountId(accountId);
    }

    /** The customers whose bills the given account pays. */
    public List<Customer> paidFor(String payerAccountId) {
        return customers.findByPayerAccountId(payerAccountId);
    }

    static InvalidInputException noSuchCustomer(long customerId) {
        return new InvalidInputException("There is no customer " + customerId + ".");
    }
}
