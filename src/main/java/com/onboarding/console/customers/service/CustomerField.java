package com.onboarding.console.customers.service;

import com.onboarding.console.base.domain.FieldKey;

/** The inputs of the customer form. */
public enum CustomerField implements FieldKey {

    NAME("Name"),
    ACCOUNT_ID("Management account id"),
    CSM("CSM"),
    BILLING_COUNTRY("Billing country"),
    ROOT_EMAIL("Root email"),
    PAYER_ACCOUNT_ID("Payer account id"),
    NOTES("Notes");

    private final String label;

    CustomerField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
