package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.CallerIdentity;
import com.onboarding.console.aws.IdentityPort;
import com.onboarding.console.aws.TemporaryCredentials;
import org.springframework.stereotype.Component;

/** STS of the sandbox: the console runs in the platform account; credentials belong to the account they act in. */
@Component
@SandboxMode
final class SandboxSts implements IdentityPort {

    private final SandboxIam iam;
    private final SandboxAccounts accounts;
    private final AwsCallMetrics metrics;

    SandboxSts(SandboxIam iam, SandboxAccounts accounts, AwsCallMetrics metrics) {
        this.iam = iam;
        this.accounts = accounts;
        this.metrics = metrics;
    }

    @Override
    public CallerIdentity consoleIdentity() {
        return metrics.time(AwsOperation.GET_CALLER_IDENTITY, iam::consoleIdentity);
    }

    @Override
    public String accountOf(TemporaryCredentials credentials) {
        return accounts.accountOf(credentials);
    }

    /** Credentials the sandbox did not issue belong to the account they are meant for, if they look temporary. */
    @Override
    public String accountOf(AwsTarget target) {
        return accounts.call(AwsOperation.GET_CALLER_IDENTITY, target, account -> account.accountId);
    }
}
