package com.onboarding.console.aws;

/** IAM facts about the management account: steps 1.2, 1.4 and 2.2. */
public interface AccountSecurityPort {

    /** GetAccountSummary AccountMFAEnabled = 1. */
    boolean rootMfaEnabled(AwsTarget target);

    /** ListUsers + ListAttachedUserPolicies: some user has AdministratorAccess attached. */
    boolean adminUserPresent(AwsTarget target);
}
