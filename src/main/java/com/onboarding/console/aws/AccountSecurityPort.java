package com.onboarding.console.aws;

/** IAM facts about the management account: steps 1.2, 1.4 and 2.2. */
public interface AccountSecurityPort {

    /** The AWS managed policy step 1.2 asks an administrator user to hold. */
    String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

    /** GetAccountSummary AccountMFAEnabled = 1. */
    boolean rootMfaEnabled(AwsTarget target);

    /**
     * ListEntitiesForPolicy on AdministratorAccess, GetGroup for the groups it is attached to: some user has it,
     * directly or through a group.
     */
    boolean adminUserPresent(AwsTarget target);
}
