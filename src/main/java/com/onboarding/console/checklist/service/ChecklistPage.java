package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.customers.domain.Customer;

/** What the checklist view shows: the customer and its steps with their rules, read in one transaction. */
public record ChecklistPage(Customer customer, Checklist checklist) {
}
