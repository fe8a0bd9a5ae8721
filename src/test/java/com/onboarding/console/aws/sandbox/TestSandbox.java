package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsParts;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.RolePropagationSettings;
import java.time.Clock;

/**
 * A sandbox AWS outside a Spring context, its parts sharing one set of accounts as the context's do.
 *
 * @param people what people do on the sandbox page
 * @param ports the calls the console makes
 */
public record TestSandbox(SandboxAws people, AwsParts ports) {

    public static TestSandbox create(AwsSettings settings, AwsCallMetrics metrics, RolePropagationSettings propagation,
            Clock clock) {
        var iam = new SandboxIam(settings);
        var accounts = new SandboxAccounts(settings, iam, metrics, propagation, clock);
        var identity = new SandboxIdentity(accounts);
        var billing = new SandboxBilling(accounts);
        return new TestSandbox(new SandboxAws(accounts), new AwsParts(identity, identity, billing,
                new SandboxSts(iam, accounts, metrics), identity, new SandboxS3(accounts, settings), billing));
    }
}
