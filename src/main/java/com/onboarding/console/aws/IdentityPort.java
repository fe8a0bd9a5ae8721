package com.onboarding.console.aws;

/** STS: which account pasted credentials belong to, and who the console itself is. */
public interface IdentityPort {

    /** GetCallerIdentity with the console's own identity, the one that assumes the platform roles. */
    CallerIdentity consoleIdentity();

    /** GetCallerIdentity with these credentials; returns the account id they belong to. */
    String accountOf(TemporaryCredentials credentials);

    /**
     * The account the target's pasted credentials belong to; the target names the account they are meant for,
     * which the sandbox uses for credentials it did not issue itself.
     */
    default String accountOf(AwsTarget target) {
        if (target.credentials() == null) {
            throw new AwsCallException(AwsCallException.Reason.NO_CREDENTIALS, "sts:GetCallerIdentity",
                    "No pasted credentials to check for account " + target.accountId() + ".");
        }
        return accountOf(target.credentials());
    }
}
