package com.onboarding.console.aws;

/** An AWS call that did not get an answer about the wanted state; the message tells a person what to do. */
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

    public AwsCallException(Reason reason, String operation, String message) {
        super(message);
        this.reason = reason;
        this.operation = operation;
    }

    public AwsCallException(Reason reason, String operation, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.operation = operation;
    }

    public Reason reason() {
        return reason;
    }

    /** Service and operation, e.g. "iam:CreateRole". */
    public String operation() {
        return operation;
    }
}
