package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsParts;

/** The SDK's per-service parts over one shared client set, as the Spring context builds them in sdk mode. */
public final class SdkParts {

    private SdkParts() {
    }

    public static AwsParts of(SdkAws sdk) {
        var iam = new SdkIam(sdk);
        var billing = new SdkBilling(sdk);
        return new AwsParts(new SdkOrganizations(sdk), iam, billing, new SdkSts(sdk), iam, new SdkS3(sdk), billing);
    }
}
