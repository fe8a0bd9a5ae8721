package com.onboarding.console.aws;

/** The registration types the Tax Settings API takes (TaxRegistrationEntry registrationType). */
public enum TaxRegistrationType {
    VAT,
    GST,
    CPF,
    CNPJ,
    SST,
    TIN,
    NRIC
}
