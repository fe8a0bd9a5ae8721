package com.onboarding.console.aws;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * IAM is eventually consistent: a role just created may be refused to AssumeRole for some seconds.
 *
 * @param timeout how long the 2.3 check keeps retrying AssumeRole before it names the refusal
 * @param firstRetry the first wait; each next one doubles
 * @param sandboxDelay how long the sandbox refuses AssumeRole into a role it just created (0: at once)
 */
@ConfigurationProperties("console.aws.role-propagation")
public record RolePropagationSettings(@DefaultValue("30s") Duration timeout, @DefaultValue("1s") Duration firstRetry,
        @DefaultValue("0s") Duration sandboxDelay) {
}
