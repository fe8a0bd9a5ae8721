package com.onboarding.console.aws;

/**
 * Every AWS port of one implementation (the SDK or the sandbox), for tests that drive it whole outside a Spring
 * context, and the console's onboarding actions on top of them, assembled as the context assembles them.
 */
public record AwsParts(OrganizationPort organizations, AccountSecurityPort accountSecurity, TaxPort tax,
        IdentityPort identity, IamRoles roles, S3Buckets buckets, CurReports reports) {

    /** Steps 2.3, 2.4 and 3.6 over these calls. */
    public AwsOnboarding onboarding(PolicyDocuments policies, AwsSettings settings, RolePropagation propagation) {
        return new AwsOnboarding(roles, reports, policies, settings, propagation);
    }

    /** Step 3.5 over these calls. */
    public ReportBucket reportBucket(PolicyDocuments policies, AwsSettings settings) {
        return new ReportBucket(buckets, policies, settings);
    }
}
