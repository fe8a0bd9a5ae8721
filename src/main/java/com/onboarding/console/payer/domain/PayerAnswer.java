package com.onboarding.console.payer.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The payer type of one account and why.
 *
 * @param payer the consolidated payer, for {@link PayerType#CONSOLIDATED} answers only
 * @param explanation one line a person can act on; shown to the person who asked, so it names no other
 *     customer's data when a customer user asked
 */
public record PayerAnswer(String accountId, PayerType type, @Nullable ConsolidatedPayer payer, String explanation) {

    public PayerAnswer {
        if ((type == PayerType.CONSOLIDATED) != (payer != null)) {
            throw new IllegalArgumentException("a consolidated answer, and only one, names its payer");
        }
    }

    /** The answer in words, e.g. "consolidated billing under payer doitintl-payer-01 (561602220360)". */
    public String summary() {
        return switch (type) {
            case CONSOLIDATED -> "consolidated billing under payer " + Objects.requireNonNull(payer).label();
            case DEDICATED -> "dedicated payer account";
            case UNKNOWN -> "not an account this console knows";
        };
    }
}
