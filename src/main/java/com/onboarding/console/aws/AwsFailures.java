package com.onboarding.console.aws;

import com.onboarding.console.aws.AwsCallException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The one wording of failed AWS calls, shared by the SDK's error translation and the sandbox's simulated failures,
 * so a person reads the same advice whichever AWS the console talks to. The wording is fixed per reason: what AWS
 * answered goes into the exception apart from it, for staff.
 */
public final class AwsFailures {

    private AwsFailures() {
    }

    public static AwsCallException failure(Reason reason, String operation, String accountId) {
        return new AwsCallException(reason, operation, message(reason, operation, accountId));
    }

    /** A failure with what AWS answered: its error code and message. */
    public static AwsCallException failure(Reason reason, String operation, String accountId,
            @Nullable String awsCode, @Nullable String awsMessage, @Nullable Throwable cause) {
        return new AwsCallException(reason, operation, message(reason, operation, accountId), awsCode, awsMessage,
                cause);
    }

    public static String message(Reason reason, String operation, String accountId) {
        var account = "account " + accountId;
        return switch (reason) {
            case ACCESS_DENIED -> "AWS denied " + operation + " in " + account + ": the credentials in use lack"
                    + " this permission. Use credentials of an administrator of the account, or check the role's"
                    + " policy.";
            case INVALID_CREDENTIALS -> "AWS does not accept the credentials used for " + account + " (" + operation
                    + "): check the access key id, secret and session token, or paste new ones.";
            case EXPIRED_CREDENTIALS -> "The credentials used for " + account + " have expired (" + operation
                    + "): paste fresh temporary credentials.";
            case NO_CREDENTIALS -> "No AWS credentials for " + operation + " in " + account + ": paste temporary"
                    + " credentials for the account, or give the console its own AWS identity so it can assume the"
                    + " platform role.";
            case THROTTLED -> "AWS kept throttling " + operation + " for " + account + " after several retries: wait"
                    + " a minute and try again.";
            case SERVICE_ERROR -> "AWS had an internal error on " + operation + " for " + account + ": try again"
                    + " later; if it persists, look at the AWS Health Dashboard.";
            case TIMEOUT -> operation + " for " + account + " got no answer in time: check the console's network"
                    + " connection to AWS and try again.";
            case REGION_DISABLED -> "The region " + operation + " needs is not enabled in " + account + ": enable it"
                    + " under Account > AWS Regions, or configure another region.";
            case NAME_TAKEN -> operation + ": the name is already taken by another AWS account.";
            case NOT_FOUND -> operation + " found nothing in " + account + ".";
            case OTHER -> operation + " for " + account + " failed: AWS refused the request. Try again; if it fails"
                    + " again, give the error id to AWS Ops.";
        };
    }
}
