package com.onboarding.console.payer.service;

import com.onboarding.console.base.domain.FieldKey;

/** The inputs of the payer lookup: one account id, or a pasted list of them. */
public enum PayerField implements FieldKey {

    ACCOUNT_ID("Account id"),
    ACCOUNT_IDS("Account ids");

    private final String label;

    PayerField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
