package com.onboarding.console.checklist;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.AwsOnboarding;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepResult;
import com.onboarding.console.customers.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sandbox authorizes the assumed platform role by the policy the customer's account holds for it: a check
 * needing an action the customer took out of the role's policy ends in AccessDenied naming that action.
 */
class SandboxPlatformRolePermissionsTest extends KaribuTest {

    @Autowired
    private ChecklistService checklists;
    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private AwsOnboarding onboarding;
    @Autowired
    private PolicyDocuments policies;
    @Autowired
    private CustomerStepRepository steps;

    private Customer customer;

    @BeforeEach
    void customerWithThePlatformRole() {
        login("ops");
        customer = fixture().customer("Permissions");
        var administrator = new AwsTarget(customer.getAccountId(), customer.getExternalId(), "admin",
                sandbox.issueCredentials(customer.getAccountId()));
        assertThat(onboarding.ensurePlatformRole(administrator).ok()).isTrue();
        Steps.recordDone(steps, customer.id(), "2.3");
    }

    @Test
    void withThePolicyAsShippedTheCheckRunsThroughTheRole() {
        var result = verify("1.4");

        assertThat(result.verification()).as(result.message()).isEqualTo(VerificationState.MISMATCH);
        assertThat(result.message()).isEqualTo("The root user still has MFA enabled.");
    }

    @Test
    void anActionTakenOutOfTheRolesPolicyIsRefusedByName() {
        var role = policies.platformRole(customer.getAccountId(), customer.getExternalId());
        sandbox.setRolePolicy(customer.getAccountId(), role.roleName(), role.policyName(),
                role.permissionsPolicy().replace("\"iam:GetAccountSummary\",", ""));

        var result = verify("1.4");

        assertThat(result.verification()).isEqualTo(VerificationState.ERROR);
        assertThat(result.message()).startsWith("AWS denied iam:GetAccountSummary in account "
                + customer.getAccountId() + ": the credentials in use lack this permission.");
    }

    private StepResult verify(String code) {
        var results = checklists.verify(customer.id(), code(code)).join();
        assertThat(results).hasSize(1);
        return results.getFirst();
    }
}
