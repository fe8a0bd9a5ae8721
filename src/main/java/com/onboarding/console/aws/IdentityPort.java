package com.onboarding.console.aws;

/** STS: which account pasted credentials belong to. */
public interface IdentityPort {

    /** GetCallerIdentity with these credentials; returns the account id they belong to. */
    String accountOf(TemporaryCredentials credentials);
}
