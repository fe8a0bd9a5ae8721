package com.onboarding.console.checklist.ui;

import static com.onboarding.console.checklist.ui.ChecklistDriver.awaitUi;
import static com.onboarding.console.checklist.ui.ChecklistDriver.press;
import static com.onboarding.console.checklist.ui.ChecklistDriver.row;
import static com.onboarding.console.checklist.ui.ChecklistDriver.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.MovableClock;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.IamRoles;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.Sleeper;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.checklist.service.ChecklistService;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Right after CreateRole the 2.3 check waits for IAM to propagate the role: the step says so while the check
 * still runs, not only in its result. Time moves only when the console waits, and its first wait holds until the
 * test has seen the step.
 */
@TestPropertySource(properties = {"console.aws.role-propagation.timeout=30s",
        "console.aws.role-propagation.sandbox-delay=10s"})
@Import(RolePropagationProgressTest.HeldWaits.class)
class RolePropagationProgressTest extends KaribuTest {

    @TestConfiguration
    static class HeldWaits {

        final CountDownLatch waiting = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }

        @Bean
        @Primary
        Sleeper heldSleeper(MovableClock clock) {
            return duration -> {
                waiting.countDown();
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new InterruptedException("not released");
                }
                clock.advance(duration);
            };
        }
    }

    @Autowired
    private HeldWaits waits;
    @Autowired
    private ChecklistService checklists;
    @Autowired
    private CredentialsService credentials;
    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private IamRoles roles;
    @Autowired
    private PolicyDocuments policies;

    @Test
    void theStepSaysItWaitsForIamToPropagateWhileTheCheckRetriesAssumeRole() throws InterruptedException {
        login("ops");
        var customer = fixture().customer("Propagation Co");
        checklists.overrideGate(customer.id(), 2, "testing the propagation wait");
        var issued = sandbox.issueCredentials(customer.getAccountId());
        credentials.paste(customer.id(), customer.getAccountId(), issued.accessKeyId(), issued.secretAccessKey(),
                issued.sessionToken());
        // The role was created a moment ago: the sandbox refuses AssumeRole into it for 10 s.
        var admin = new AwsTarget(customer.getAccountId(), customer.getExternalId(), "ops", issued);
        var role = policies.platformRole(customer.getAccountId(), customer.getExternalId());
        roles.createRole(admin, role.roleName(), role.trustPolicy());
        roles.putRolePolicy(admin, role.roleName(), role.policyName(), role.permissionsPolicy());
        UI.getCurrent().navigate(CustomerRoutes.checklist(customer.id()));

        press("step-2-3-verify");
        assertThat(waits.waiting.await(15, TimeUnit.SECONDS)).as("the check waits").isTrue();
        awaitUi(() -> shown(row("2.3")).contains("step-progress"));

        assertThat(shown(row("2.3"))).contains("AssumeRole was refused, waiting for IAM to propagate: trying again"
                + " in 1 s (waited 0 s of at most 30 s)");
        assertThat(NotificationsKt.getNotifications()).as("no result yet").isEmpty();

        waits.release.countDown();
        awaitUi(() -> !NotificationsKt.getNotifications().isEmpty());

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> assertThat(
                n.getElement().getProperty("text")).contains("AssumeRole with the customer's ExternalId works"
                        + " (after 15 s waiting for IAM to propagate)"));
        assertThat(shown(row("2.3"))).doesNotContain("step-progress").contains("Verified");
    }
}
