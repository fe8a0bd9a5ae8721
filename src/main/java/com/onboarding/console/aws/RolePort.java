package com.onboarding.console.aws;

/** The IAM roles the onboarding creates: 2.3 (platform role) and 2.4 (AWSAdmin billing role). */
public interface RolePort {

    /** CreateRole + PutRolePolicy; an existing role is compared with the wanted one. */
    AwsResult ensurePlatformRole(AwsTarget target);

    /** GetRole: trust and policy as the console would create them, and AssumeRole with the ExternalId works. */
    AwsResult checkPlatformRole(AwsTarget target);

    AwsResult ensureBillingRole(AwsTarget target);

    AwsResult checkBillingRole(AwsTarget target);
}
