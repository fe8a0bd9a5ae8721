package com.onboarding.console.aws;

import org.jspecify.annotations.Nullable;

/** A tax registration of the management account (Tax Settings API), as the 3.2 form enters it. */
public record TaxRegistration(String registrationType, String registrationId, String legalName,
        String addressLine1, String city, @Nullable String postalCode, String countryCode) {
}
