package com.onboarding.console.customers.service;

import com.onboarding.console.customers.domain.ChecklistProgressed;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerActivity;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.domain.OrganizationChecked;
import com.onboarding.console.customers.domain.TaxRegistrationSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what other features report about a customer on its row. The listeners run in the reporter's
 * transaction, so the row changes with the steps or not at all; the customer is the one the reporter
 * locked, already in the transaction's persistence context.
 */
@Component
class CustomerRowUpdates {

    private final CustomerRepository customers;

    CustomerRowUpdates(CustomerRepository customers) {
        this.customers = customers;
    }

    @EventListener
    void on(ChecklistProgressed event) {
        customer(event.customerId()).recordProgress(event.progress(), event.at());
    }

    @EventListener
    void on(CustomerActivity event) {
        customer(event.customerId()).touch(event.at());
    }

    @EventListener
    void on(OrganizationChecked event) {
        customer(event.customerId()).recordOrganization(event.managementAccountId(), event.at());
    }

    @EventListener
    void on(TaxRegistrationSet event) {
        customer(event.customerId()).recordTaxRegistration(event.registrationId(), event.legalName());
    }

    private Customer customer(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> CustomerLookup.noSuchCustomer(customerId));
    }
}
