package com.onboarding.console.aws.credentials;

import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.IdentityPort;
import com.onboarding.console.base.access.OpsOrAdmin;
import org.springframework.stereotype.Service;

/**
 * Who the console is on AWS. Every platform role trusts the platform account alone, so an identity elsewhere (a
 * wrong profile, another instance role) makes every AssumeRole fail: staff see that here before customers do.
 */
@Service
public class ConsoleIdentityService {

    private final IdentityPort identity;
    private final AwsSettings settings;

    public ConsoleIdentityService(IdentityPort identity, AwsSettings settings) {
        this.identity = identity;
        this.settings = settings;
    }

    /** One GetCallerIdentity with the console's own identity; fine when it is in the platform account. */
    @OpsOrAdmin
    public AwsResult status() {
        try {
            var caller = identity.consoleIdentity();
            var platform = settings.platformAccountId();
            return caller.account().equals(platform)
                    ? AwsResult.ok("The console acts as " + caller.arn() + ", in the platform account " + platform
                            + ".")
                    : AwsResult.differs("The console acts as " + caller.arn() + " in account " + caller.account()
                            + ", not in the platform account " + platform + " (console.aws.platform-account-id):"
                            + " every AssumeRole into a customer's platform role will be refused.");
        } catch (AwsCallException e) {
            return AwsResult.differs(e.getMessage());
        }
    }
}
