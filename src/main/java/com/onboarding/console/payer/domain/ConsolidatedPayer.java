package com.onboarding.console.payer.domain;

import com.onboarding.console.base.domain.AccountId;

/** One of the reseller's consolidated payer accounts, whose member accounts share its bill. */
public record ConsolidatedPayer(String id, String name) {

    public ConsolidatedPayer {
        // Configuration mistakes should stop the start, not produce wrong answers later.
        new AccountId(id);
        if (name.isBlank()) {
            throw new IllegalArgumentException("consolidated payer " + id + " has no name");
        }
    }

    /** "doitintl-payer-01 (561602220360)". */
    public String label() {
        return name + " (" + id + ")";
    }
}
