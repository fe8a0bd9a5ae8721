package com.onboarding.console.aws;

/** What AWS Organizations says about the organization of the account a call went to. */
public record OrganizationFacts(String organizationId, String masterAccountId, String masterAccountEmail) {
}
