package com.onboarding.console.aws;

/**
 * What an action or a check found: {@code ok} when AWS is as wanted (created, or already there and equal),
 * otherwise the message names what differs; {@code pending} when AWS has not decided yet, which is no failure and
 * is checked again later.
 */
public record AwsResult(boolean ok, String message, boolean pending) {

    public AwsResult(boolean ok, String message) {
        this(ok, message, false);
    }

    public static AwsResult ok(String message) {
        return new AwsResult(true, message);
    }

    public static AwsResult differs(String message) {
        return new AwsResult(false, message);
    }

    public static AwsResult pending(String message) {
        return new AwsResult(false, message, true);
    }
}
