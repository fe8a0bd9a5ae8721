package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.CallerIdentity;
import com.onboarding.console.aws.IdentityPort;
import com.onboarding.console.aws.TemporaryCredentials;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** STS GetCallerIdentity through the SDK: for pasted credentials and for the console itself. */
@Component
@SdkMode
final class SdkSts implements IdentityPort {

    private final SdkAws sdk;

    SdkSts(SdkAws sdk) {
        this.sdk = sdk;
    }

    @Override
    public String accountOf(TemporaryCredentials credentials) {
        var provider = StaticCredentialsProvider.create(SdkAws.toSdk(credentials));
        return sdk.call(AwsOperation.GET_CALLER_IDENTITY, "of the pasted credentials", () -> sdk.clients.sts
                .getCallerIdentity(r -> r.overrideConfiguration(o -> o.credentialsProvider(provider)))).account();
    }

    @Override
    public CallerIdentity consoleIdentity() {
        var identity = sdk.call(AwsOperation.GET_CALLER_IDENTITY, "of the console's own identity",
                () -> sdk.clients.sts.getCallerIdentity(r -> { }));
        return new CallerIdentity(identity.account(), identity.arn());
    }
}
