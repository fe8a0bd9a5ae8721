package com.onboarding.console.aws;

/** AWS Organizations: steps 1.1 and 1.3, and payer lookups. */
public interface OrganizationPort {

    /** DescribeOrganization. */
    OrganizationFacts describeOrganization(AwsTarget target);
}
