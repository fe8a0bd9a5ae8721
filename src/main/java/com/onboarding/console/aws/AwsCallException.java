package com.onboarding.console.aws;

import org.jspecify.annotations.Nullable;

/**
 * An AWS call that did not get an answer about the wanted state. The message is the console's fixed wording of
 * the reason, which anyone who sees the customer may read; what AWS itself answered (its error code and message,
 * which name hosts, ARNs and endpoints of the reseller's infrastructure) is kept apart for staff and the log.
 */
public class AwsCallException extends RuntimeException {

    /** Why the call failed. */
    public enum Reason {
        ACCESS_DENIED,
        INVALID_CREDENTIALS,
        EXPIRED_CREDENTIALS,
        NO_CREDENTIALS,
        THROTTLED,
        SERVICE_ERROR,
        TIMEOUT,
        REGION_DISABLED,
        NAME_TAKEN,
        NOT_FOUND,
        OTHER
    }

    private final Reason reason;
    private final String operation;
    private final @Nullable String awsCode;
    private final @Nullable String awsMessage;

    public AwsCallException(Reason reason, String operation, String message) {
        this(reason, operation, message, null, null, null);
    }

    /**
     * @param awsCode the AWS error code (or the SDK's exception name when AWS sent none)
     * @param awsMessage what AWS or the SDK said; it never holds secrets, as AWS does not echo them
     */
    public AwsCallException(Reason reason, String operation, String message, @Nullable String awsCode,
            @Nullable String awsMessage, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.operation = operation;
        this.awsCode = awsCode;
        this.awsMessage = awsMessage;
    }

    public Reason reason() {
        return reason;
    }

    /** Service and operation, e.g. "iam:CreateRole". */
    public String operation() {
        return operation;
    }

    /** The AWS error code (the error class, e.g. "AccessDenied"), or null when AWS sent none. */
    public @Nullable String awsCode() {
        return awsCode;
    }

    /** What AWS answered, e.g. "AccessDenied: User: arn:aws:sts::... is not authorized ...", for staff only. */
    public @Nullable String awsAnswer() {
        if (awsCode == null && awsMessage == null) {
            return null;
        }
        return awsCode == null ? awsMessage : awsMessage == null ? awsCode : awsCode + ": " + awsMessage;
    }

    /** The message with AWS's answer, for staff. */
    public String staffMessage() {
        var answer = awsAnswer();
        return answer == null ? String.valueOf(getMessage()) : getMessage() + " AWS answered " + answer;
    }
}
