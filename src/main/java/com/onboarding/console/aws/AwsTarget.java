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

    private static final int SESSION_NAME_MAX = 64;

    /** The AssumeRole session name, which names the console user in the account's CloudTrail. */
    public String sessionName() {
        return sessionName(actingUser);
    }

    /** Within AWS's rules for session names: [\w+=,.@-], 2 to 64 characters. */
    public static String sessionName(String user) {
        var name = ("console-" + user).replaceAll("[^\\w+=,.@-]", "-");
        return name.length() > SESSION_NAME_MAX ? name.substring(0, SESSION_NAME_MAX) : name;
    }

    @Override
    public String toString() {
        return "AwsTarget[" + accountId + " as " + actingUser + (credentials == null ? ", assume role]" : ", pasted]");
    }
}
