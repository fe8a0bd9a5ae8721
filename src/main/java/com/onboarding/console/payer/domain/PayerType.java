package com.onboarding.console.payer.domain;

/** How an AWS account is billed through the reseller, as the FAQ's payer question explains it. */
public enum PayerType {
    /** A member of one of the reseller's consolidated payer accounts, or one of those payers itself. */
    CONSOLIDATED,
    /** A known customer on a reseller payer account of its own. */
    DEDICATED,
    /** Neither a consolidated payer nor an account of a customer this console knows. */
    UNKNOWN
}
