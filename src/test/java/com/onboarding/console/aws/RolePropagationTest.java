package com.onboarding.console.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.MovableClock;
import com.onboarding.console.aws.sandbox.TestSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Right after CreateRole the 2.3 check waits for IAM to propagate the role, with backoff, up to the timeout. */
class RolePropagationTest {

    private final AwsSettings settings = TestAwsSettings.defaults();
    private final PolicyDocuments policies = new PolicyDocuments(settings);
    /** Time moves only when the console waits. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    private final AwsTarget customer = new AwsTarget("555566667777", "ext-propagation", "ops", null);
    /** The administrator's pasted credentials, with which OPS created the role and checks it. */
    private AwsTarget pasted = customer;

    private AwsOnboarding onboarding(Duration sandboxDelay, Duration timeout) {
        var propagation = new RolePropagationSettings(timeout, Duration.ofSeconds(1), sandboxDelay);
        var sandbox = TestSandbox.create(settings, new AwsCallMetrics(new SimpleMeterRegistry()), propagation, clock);
        pasted = new AwsTarget(customer.accountId(), customer.externalId(), "ops",
                sandbox.people().issueCredentials(customer.accountId()));
        var onboarding = sandbox.ports().onboarding(policies, settings, new RolePropagation(propagation, clock,
                duration -> {
                    waits.add(duration);
                    clock.advance(duration);
                }));
        assertThat(onboarding.ensurePlatformRole(pasted).ok()).isTrue();
        return onboarding;
    }

    @Test
    void aNewRoleIsAssumedOnceIamHasPropagatedIt() {
        var result = onboarding(Duration.ofSeconds(10), Duration.ofSeconds(30)).checkPlatformRole(pasted);

        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
        assertThat(result.message()).endsWith("AssumeRole with the customer's ExternalId works (after 15 s waiting"
                + " for IAM to propagate)");
    }

    @Test
    void aRoleStillRefusedAfterTheTimeoutIsNamed() {
        var result = onboarding(Duration.ofMinutes(5), Duration.ofSeconds(30)).checkPlatformRole(pasted);

        assertThat(result.ok()).isFalse();
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(30));
        assertThat(result.message()).startsWith("The platform role doitintl_cmp is as wanted, but AssumeRole with the"
                + " customer's ExternalId was refused (after 30 s waiting for IAM to propagate): AWS denied"
                + " sts:AssumeRole");
    }

    @Test
    void anAssumableRoleIsCheckedWithoutWaiting() {
        var result = onboarding(Duration.ZERO, Duration.ofSeconds(30)).checkPlatformRole(pasted);

        assertThat(result.ok()).isTrue();
        assertThat(waits).isEmpty();
        assertThat(result.message()).endsWith("AssumeRole with the customer's ExternalId works");
    }
}
