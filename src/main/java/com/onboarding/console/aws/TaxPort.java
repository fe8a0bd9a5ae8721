package com.onboarding.console.aws;

import java.util.Optional;

/** Tax Settings: step 3.2. */
public interface TaxPort {

    /** PutTaxRegistration; AWS refuses an entry against {@link TaxRules} with a ValidationException. */
    AwsResult putTaxRegistration(AwsTarget target, TaxRegistration registration);

    /** GetTaxRegistration with its status; empty when the account has none. */
    Optional<FiledTaxRegistration> getTaxRegistration(AwsTarget target);
}
