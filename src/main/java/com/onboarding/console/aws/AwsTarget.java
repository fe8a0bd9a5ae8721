package com.onboarding.console.aws;

import org.jspecify.annotations.Nullable;

/**
 * The customer management account a call goes to, and how to get in: the pasted credentials when there are
 * some, otherwise AssumeRole into the platform role with the customer's ExternalId.
 *
 * @param actingUser the console user on whose behalf the call is made (names the AssumeRole session)
 */
public record AwsTarget(String accountId, String externalId, String actingUser,
        @Nullable TemporaryCredentials credentials) {

    @Override
    public String toString() {
        return "AwsTarget[" + accountId + " as " + actingUser + (credentials == null ? ", assume role]" : ", pasted]");
    }
}
