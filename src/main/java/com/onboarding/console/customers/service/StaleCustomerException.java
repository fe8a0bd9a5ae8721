package com.onboarding.console.customers.service;

import com.onboarding.console.base.domain.UserFacingException;

/** An edit made on a customer that someone else changed since it was opened. */
public class StaleCustomerException extends RuntimeException implements UserFacingException {

    public StaleCustomerException() {
        super("Someone else changed this customer while you were editing. The form now shows the current"
                + " details; make your change again.");
    }
}
