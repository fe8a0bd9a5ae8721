package com.onboarding.console.aws;

import java.util.Optional;

/** Tax Settings: step 3.2. */
public interface TaxPort {

    /** PutTaxRegistration. */
    AwsResult putTaxRegistration(AwsTarget target, TaxRegistration registration);

    /** GetTaxRegistration; empty when the account has none. */
    Optional<TaxRegistration> getTaxRegistration(AwsTarget target);
}
