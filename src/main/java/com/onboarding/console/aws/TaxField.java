package com.onboarding.console.aws;

import com.onboarding.console.base.domain.FieldKey;

/** The inputs of the 3.2 tax form, each with the request member AWS names when it refuses
 * that input and the most characters AWS takes there. */
public enum TaxField implements FieldKey {

    REGISTRATION_TYPE("Registration type", "taxRegistrationEntry.registrationType", 10),
    REGISTRATION_ID("Registration id", "taxRegistrationEntry.registrationId", 60),
    LEGAL_NAME("Legal name", "taxRegistrationEntry.legalName", 200),
    ADDRESS("Address", "taxRegistrationEntry.legalAddress.addressLine1", 180),
    CITY("City", "taxRegistrationEntry.legalAddress.city", 50),
    POSTAL_CODE("Postal code", "taxRegistrationEntry.legalAddress.postalCode", 20),
    STATE_OR_REGION("State or region", "taxRegistrationEntry.legalAddress.stateOrRegion", 50),
    COUNTRY("Country", "taxRegistrationEntry.legalAddress.countryCode", 2);

    private final String label;
    private final String awsMember;
    private final int maxLength;

    TaxField(String label, String awsMember, int maxLength) {
        this.label = label;
        this.awsMember = awsMember;
        this.maxLength = maxLength;
    }

    @Override
    public String label() {
        return label;
    }

    /** The member of the SetTaxRegistration request AWS names in its ValidationException. */
    public String awsMember() {
        return awsMember;
    }

    /** The most characters AWS takes for this input. */
    public int maxLength() {
        return maxLength;
    }
}
