package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.AwsSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The console does not start when a claim could be taken for stale while its call may still run. */
class StaleClaimRuleTest {

    @Configuration
    @EnableConfigurationProperties({ChecklistSettings.class, AwsSettings.class})
    @Import(StaleClaimRule.class)
    static class Rule {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Rule.class);

    @Test
    void theDefaultsKeepStaleClaimsWellAboveTheLongestAction() {
        runner.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aStaleTimeBelowCallsTimesTheCallTimeoutStopsTheStart() {
        runner.withPropertyValues("console.checklist.stale-claim-after=2m", "console.aws.api-call-timeout=30s")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("console.checklist.stale-claim-after is PT2M")
                        .hasMessageContaining("7 requests")
                        .hasMessageContaining("PT3M30S"));
        runner.withPropertyValues("console.checklist.stale-claim-after=4m", "console.aws.api-call-timeout=30s")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
