package com.onboarding.console.aws;

/** Who makes requests, as STS GetCallerIdentity answers: the account and the identity's ARN. */
public record CallerIdentity(String account, String arn) {
}
