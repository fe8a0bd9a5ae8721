package com.onboarding.console.bench;

import com.onboarding.console.checklist.domain.Automation;
import java.util.EnumSet;
import java.util.Set;

/**
 * One customer's AWS account as the stand-in AWS answers for it: its own ids and e-mail, and what of the
 * onboarding is in place there.
 *
 * @param inPlace the automated steps whose work exists in the account (a done step's role, bucket, report...)
 */
record BenchAccount(String accountId, String externalId, String rootEmail, String billingCountry,
        Set<Automation> inPlace) {

    BenchAccount {
        inPlace = Set.copyOf(inPlace);
    }

    /** An account the finished onboarding left: every check of the checklist finds what it wants. */
    static BenchAccount onboarded(String accountId, String externalId, String rootEmail, String billingCountry) {
        return new BenchAccount(accountId, externalId, rootEmail, billingCountry, EnumSet.allOf(Automation.class));
    }

    boolean has(Automation automation) {
        return inPlace.contains(automation);
    }

    /** Root MFA is on until the customer removes it (1.4) and on again once AWS Ops re-enable it (2.2). */
    boolean rootMfaEnabled() {
        return has(Automation.ROOT_MFA_ENABLED) || !has(Automation.ROOT_MFA_REMOVED);
    }
}
