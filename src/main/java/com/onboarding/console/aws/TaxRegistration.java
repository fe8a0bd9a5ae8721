package com.onboarding.console.aws;

import org.jspecify.annotations.Nullable;

/**
 * A tax registration of the management account (Tax Settings API), as the 3.2 form enters it and GetTaxRegistration
 * reads it back; {@link TaxRules} says what AWS accepts.
 *
 * @param stateOrRegion the state or province; AWS requires it in some countries ({@link TaxRules#needsStateOrRegion})
 */
public record TaxRegistration(String registrationType, String registrationId, String legalName,
        String addressLine1, String city, @Nullable String postalCode, @Nullable String stateOrRegion,
        String countryCode) {

    /** How AWS's acceptance of the registration reads, the same for the SDK and the sandbox. */
    public AwsResult saved() {
        return AwsResult.ok("Tax registration " + registrationId + " (" + countryCode + ") saved");
    }
}
