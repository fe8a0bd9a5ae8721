package com.onboarding.console.aws;

/**
 * What an action or a check found: {@code ok} when AWS is as wanted (created, or already there and equal),
 * otherwise the message names what differs.
 */
public record AwsResult(boolean ok, String message) {

    public static AwsResult ok(String message) {
        return new AwsResult(true, message);
    }

    public static AwsResult differs(String message) {
        return new AwsResult(false, message);
    }
}
